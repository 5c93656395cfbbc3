import PortaDiagnostics
import PortaJSON

/// Prints diagnostics compiler-style, or as JSON objects.
enum DiagnosticOutput {
  /// The option that picks text or JSON output, shared by every command that reports diagnostics.
  static let formatOption = OptionSpecification(
    name: "--format",
    valueName: "FORMAT",
    allowedValues: ["text", "json"],
    help: "Sets the output format: text (default) or json, one JSON object on standard output."
  )

  /// Returns one `path:line:column: severity: message [code]` line per diagnostic,
  /// followed by a `fix-it:` line where a fix is known.
  static func text(_ diagnostics: [Diagnostic]) -> String {
    var output = ""
    for diagnostic in diagnostics {
      output += diagnostic.formatted + "\n"
      if let fixIt = diagnostic.fixIt {
        output += "  fix-it: \(fixIt)\n"
      }
    }
    return output
  }

  /// Returns the summary line, such as `1 error, 2 warnings`.
  static func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.errorCount
    let warnings = diagnostics.warningCount
    return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
  }

  /// Returns the diagnostics as JSON values with the fields `file`, `line`, `column`,
  /// `severity`, `code`, `message`, and `pointer` and `fixIt` when known.
  static func json(_ diagnostics: [Diagnostic]) -> JSONValue {
    .array(
      diagnostics.map { diagnostic in
        var members: [JSONMember] = [
          JSONMember(key: "file", value: diagnostic.file.map(JSONValue.string) ?? .null),
          JSONMember(key: "line", value: diagnostic.location.map { .number(JSONNumber($0.line)) } ?? .null),
          JSONMember(key: "column", value: diagnostic.location.map { .number(JSONNumber($0.column)) } ?? .null),
          JSONMember(key: "severity", value: .string(diagnostic.severity.rawValue)),
          JSONMember(key: "code", value: .string(diagnostic.code.rawValue)),
          JSONMember(key: "message", value: .string(diagnostic.message)),
        ]
        if let pointer = diagnostic.jsonPointer {
          members.append(JSONMember(key: "pointer", value: .string(pointer)))
        }
        if let fixIt = diagnostic.fixIt {
          members.append(JSONMember(key: "fixIt", value: .string(fixIt)))
        }
        return .object(JSONObject(members))
      }
    )
  }

  /// Returns the `diagnostics`, `errors` and `warnings` members every JSON report starts with.
  static func jsonMembers(_ diagnostics: [Diagnostic]) -> [JSONMember] {
    [
      JSONMember(key: "diagnostics", value: json(diagnostics)),
      JSONMember(key: "errors", value: .number(JSONNumber(diagnostics.errorCount))),
      JSONMember(key: "warnings", value: .number(JSONNumber(diagnostics.warningCount))),
    ]
  }

  /// Returns the exit status for a finished check: 1 when any diagnostic is an error.
  static func status(_ diagnostics: [Diagnostic]) -> ExitStatus {
    diagnostics.containsErrors ? .inputHasErrors : .success
  }
}
