import PortaDiagnostics

/// A syntax error in a route pattern, with the 1-based column where it starts.
///
/// Columns count Unicode scalars from the start of the pattern text as the
/// caller passed it, before any normalization, so column 1 is the first
/// character whether or not the pattern starts with `/`.
public enum RoutePatternError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A pattern with no segments, such as `""` or `"/"`.
  case emptyPattern
  /// Two slashes in a row; `column` is the second slash.
  case emptySegment(column: Int)
  /// A `:` with no name after it.
  case missingParameterName(column: Int)
  /// A parameter name outside `[A-Za-z_][A-Za-z0-9_]*`; `column` is the `:`.
  case invalidParameterName(String, column: Int)
  /// A parameter name used a second time; `column` is the second `:`.
  case duplicateParameterName(String, column: Int, firstColumn: Int)
  /// A `**` segment before the last segment.
  case catchAllNotLast(column: Int)
  /// A `*` in a segment other than a whole `**`.
  case invalidWildcard(segment: String, column: Int)
  /// A character that a URL path cannot contain unencoded.
  case invalidCharacter(Unicode.Scalar, column: Int)
  /// A `%` without two hexadecimal digits, or escapes that decode to invalid UTF-8.
  case invalidPercentEncoding(String, column: Int)
  /// A segment that is `.` or `..`, written plainly or percent-encoded (`%2E%2E`), which
  /// browsers and servers remove from paths, so the pattern could never match.
  case dotSegment(String, column: Int)
  /// A pattern longer than ``RoutePattern/maximumLength`` UTF-8 bytes.
  case patternTooLong(length: Int)
  /// A pattern with more than ``RoutePattern/maximumSegmentCount`` segments.
  case tooManySegments(count: Int)

  /// The 1-based column the error points at.
  public var column: Int {
    switch self {
    case .emptyPattern, .patternTooLong, .tooManySegments: 1
    case .emptySegment(let column), .missingParameterName(let column), .catchAllNotLast(let column):
      column
    case .invalidParameterName(_, let column), .duplicateParameterName(_, let column, _),
      .invalidWildcard(_, let column), .invalidCharacter(_, let column),
      .invalidPercentEncoding(_, let column), .dotSegment(_, let column):
      column
    }
  }

  /// The stable diagnostic code of the error.
  public var code: DiagnosticCode {
    switch self {
    case .emptyPattern: .routeEmptyPattern
    case .emptySegment: .routeEmptySegment
    case .missingParameterName: .routeMissingParameterName
    case .invalidParameterName: .routeInvalidParameterName
    case .duplicateParameterName: .routeDuplicateParameter
    case .catchAllNotLast: .routeCatchAllNotLast
    case .invalidWildcard: .routeInvalidWildcard
    case .invalidCharacter: .routeInvalidCharacter
    case .invalidPercentEncoding: .routeInvalidPercentEncoding
    case .dotSegment: .routeDotSegment
    case .patternTooLong, .tooManySegments: .routeTooLong
    }
  }

  /// A sentence naming the problem, its column and how to fix it.
  public var message: String {
    switch self {
    case .emptyPattern:
      return "Route pattern is empty; write at least one segment, such as \"/customer/:id\"."
    case .emptySegment(let column):
      return "Route pattern has an empty segment at column \(column); remove the extra \"/\"."
    case .missingParameterName(let column):
      return "Parameter at column \(column) has no name; write a name after \":\", such as \":id\"."
    case .invalidParameterName(let name, let column):
      return "Parameter name \"\(name)\" at column \(column) is invalid; "
        + "a name starts with a letter or \"_\" and contains only letters, digits and \"_\"."
    case .duplicateParameterName(let name, let column, let firstColumn):
      return "Parameter name \"\(name)\" at column \(column) repeats the parameter at column "
        + "\(firstColumn); give each parameter its own name."
    case .catchAllNotLast(let column):
      return "Catch-all \"**\" at column \(column) is not the last segment; "
        + "move it to the end or remove the segments after it."
    case .invalidWildcard(let segment, let column):
      return "Segment \"\(segment)\" at column \(column) contains \"*\"; "
        + "a wildcard is only allowed as a whole last segment \"**\"."
    case .invalidCharacter(let scalar, let column):
      return "Character \(Self.quoted(scalar)) at column \(column) is not allowed in a URL path; "
        + "percent-encode it as \"\(Self.escapes(for: scalar))\"."
    case .invalidPercentEncoding(let text, let column):
      return "Percent-encoding \"\(text)\" at column \(column) is invalid; write \"%\" followed by "
        + "two hexadecimal digits that decode to UTF-8, or \"%25\" for a literal \"%\"."
    case .dotSegment(let segment, let column):
      return "Segment \"\(segment)\" at column \(column) means the current or parent folder, which "
        + "browsers and servers remove from paths; write a name instead."
    case .patternTooLong(let length):
      return "Route pattern is \(length) bytes long; the maximum is \(RoutePattern.maximumLength)."
    case .tooManySegments(let count):
      return "Route pattern has \(count) segments; the maximum is \(RoutePattern.maximumSegmentCount)."
    }
  }

  /// The message, for logs and thrown-error output.
  public var description: String { message }

  /// Converts the error into a diagnostic.
  ///
  /// - Parameters:
  ///   - location: Where the pattern's character at ``column`` is in the input,
  ///     or `nil` when the pattern has no place in a file.
  ///   - file: The input's file name, if any.
  ///   - jsonPointer: The JSON Pointer of the pattern string, for JSON inputs.
  /// - Returns: An error-severity diagnostic with ``code`` and ``message``.
  public func diagnostic(
    at location: SourceLocation? = nil,
    file: String? = nil,
    jsonPointer: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code, message: message, file: file, location: location,
      jsonPointer: jsonPointer)
  }

  /// Returns the error with its columns moved by `offset`, for a pattern parsed as part of a longer text.
  ///
  /// - Parameter offset: The number of columns to add; negative to move left.
  /// - Returns: The same error pointing `offset` columns further.
  public func shiftingColumns(by offset: Int) -> RoutePatternError {
    switch self {
    case .emptyPattern, .patternTooLong, .tooManySegments: self
    case .emptySegment(let column): .emptySegment(column: column + offset)
    case .missingParameterName(let column): .missingParameterName(column: column + offset)
    case .invalidParameterName(let name, let column):
      .invalidParameterName(name, column: column + offset)
    case .duplicateParameterName(let name, let column, let firstColumn):
      .duplicateParameterName(name, column: column + offset, firstColumn: firstColumn + offset)
    case .catchAllNotLast(let column): .catchAllNotLast(column: column + offset)
    case .invalidWildcard(let segment, let column):
      .invalidWildcard(segment: segment, column: column + offset)
    case .invalidCharacter(let scalar, let column): .invalidCharacter(scalar, column: column + offset)
    case .invalidPercentEncoding(let text, let column):
      .invalidPercentEncoding(text, column: column + offset)
    case .dotSegment(let segment, let column): .dotSegment(segment, column: column + offset)
    }
  }

  private static func quoted(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case " ": "\" \" (space)"
    case "\t": "tab"
    case "\"": "'\"'"
    default: scalar.value < 0x20 || scalar.value == 0x7F ? "U+\(hex(scalar.value))" : "\"\(scalar)\""
    }
  }

  private static func escapes(for scalar: Unicode.Scalar) -> String {
    var text = ""
    for byte in String(scalar).utf8 {
      PercentEncoding.appendEscape(byte, to: &text)
    }
    return text
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
