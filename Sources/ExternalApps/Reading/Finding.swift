import PortaDiagnostics

/// A problem found while parsing or validating, located by byte offset only.
///
/// A negative offset means the problem concerns the whole document and has no location.
struct Finding {
  var severity: Severity
  var code: DiagnosticCode
  var message: String
  var offset: Int
}
