/// One problem found in an input: what is wrong, how serious it is, and where.
///
/// Every validator in PortaPluginKit reports problems as diagnostics instead of
/// stopping at the first one, so a single run lists everything to fix.
public struct Diagnostic: Sendable, Hashable {
  /// The problem's severity.
  public var severity: Severity
  /// The stable rule identifier, such as `json.duplicate-key`.
  public var code: DiagnosticCode
  /// The sentences that name the offending value and tell the user what to do.
  public var message: String
  /// The file the input came from, as the user named it, or `nil` for in-memory input.
  public var file: String?
  /// The problem's place in the input, or `nil` when it concerns the input as a whole.
  public var location: SourceLocation?
  /// The JSON Pointer (RFC 6901) of the offending value, for JSON inputs.
  public var jsonPointer: String?
  /// Replacement text that would fix the problem, when one is obvious.
  public var fixIt: String?

  /// Creates a diagnostic.
  ///
  /// - Parameters:
  ///   - severity: How serious the problem is.
  ///   - code: The stable rule identifier.
  ///   - message: What is wrong and what to do.
  ///   - file: The input's file name, if any.
  ///   - location: Where the problem is, if it has a place.
  ///   - jsonPointer: The JSON Pointer of the offending value, for JSON inputs.
  ///   - fixIt: Replacement text that would fix the problem.
  public init(
    _ severity: Severity,
    code: DiagnosticCode,
    message: String,
    file: String? = nil,
    location: SourceLocation? = nil,
    jsonPointer: String? = nil,
    fixIt: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.file = file
    self.location = location
    self.jsonPointer = jsonPointer
    self.fixIt = fixIt
  }

  /// Returns a copy attributed to `file`.
  ///
  /// - Parameter file: The file name to print in front of the location.
  /// - Returns: The same diagnostic with ``file`` set.
  public func inFile(_ file: String?) -> Diagnostic {
    var copy = self
    copy.file = file
    return copy
  }

  /// The diagnostic in the form compilers print:
  /// `path:line:column: error: message [code]`.
  ///
  /// A missing file prints as `<input>`; a missing location leaves out
  /// `line:column`.
  public var formatted: String {
    var text = file ?? "<input>"
    if let location {
      text += ":\(location.line):\(location.column)"
    }
    text += ": \(severity.rawValue): \(message) [\(code.rawValue)]"
    return text
  }
}

extension Sequence where Element == Diagnostic {
  /// The number of diagnostics with severity ``Severity/error``.
  public var errorCount: Int { self.lazy.filter { $0.severity == .error }.count }

  /// The number of diagnostics with severity ``Severity/warning``.
  public var warningCount: Int { self.lazy.filter { $0.severity == .warning }.count }

  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }

  /// Returns the diagnostics ordered by file, then location, with unlocated ones first.
  ///
  /// The sort is stable, so diagnostics at the same place keep the order in
  /// which the validator found them.
  public func sortedByLocation() -> [Diagnostic] {
    self.enumerated().sorted { left, right in
      let leftKey = (left.element.file ?? "", left.element.location?.offset ?? -1, left.offset)
      let rightKey = (right.element.file ?? "", right.element.location?.offset ?? -1, right.offset)
      return leftKey < rightKey
    }.map(\.element)
  }
}
