import PortaDiagnostics

/// A problem found while scanning, located by byte offset only.
struct Finding {
  var severity: Severity
  var code: DiagnosticCode
  var message: String
  var offset: Int
}
