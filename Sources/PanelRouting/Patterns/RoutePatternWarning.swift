import PortaDiagnostics

/// A form of route pattern that is accepted and normalized, but is probably a slip.
public enum RoutePatternWarning: Sendable, Hashable, CustomStringConvertible {
  /// The pattern does not start with `/`; it is read with one added.
  case missingLeadingSlash(normalized: String)
  /// The pattern ends with one `/`, at `column`; it is read without it.
  case trailingSlash(column: Int, normalized: String)

  /// The 1-based column the warning points at.
  public var column: Int {
    switch self {
    case .missingLeadingSlash: 1
    case .trailingSlash(let column, _): column
    }
  }

  /// The stable diagnostic code of the warning.
  public var code: DiagnosticCode {
    switch self {
    case .missingLeadingSlash: .routeMissingLeadingSlash
    case .trailingSlash: .routeTrailingSlash
    }
  }

  /// A sentence naming the normalization and the canonical form to write instead.
  public var message: String {
    switch self {
    case .missingLeadingSlash(let normalized):
      "Route pattern does not start with \"/\"; it is read as \"\(normalized)\", so write that."
    case .trailingSlash(let column, let normalized):
      "Route pattern ends with \"/\" at column \(column); it is read as \"\(normalized)\", so write that."
    }
  }

  /// The message.
  public var description: String { message }

  /// The canonical pattern text, for a fix-it.
  public var normalized: String {
    switch self {
    case .missingLeadingSlash(let normalized), .trailingSlash(_, let normalized): normalized
    }
  }

  /// Converts the warning into a diagnostic whose fix-it is the canonical pattern.
  ///
  /// - Parameters:
  ///   - location: Where the pattern's character at ``column`` is in the input, if anywhere.
  ///   - file: The input's file name, if any.
  ///   - jsonPointer: The JSON Pointer of the pattern string, for JSON inputs.
  /// - Returns: A warning-severity diagnostic.
  public func diagnostic(
    at location: SourceLocation? = nil,
    file: String? = nil,
    jsonPointer: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .warning, code: code, message: message, file: file, location: location,
      jsonPointer: jsonPointer, fixIt: normalized)
  }
}
