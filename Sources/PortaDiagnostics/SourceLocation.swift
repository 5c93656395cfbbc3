/// A position in a text input: 1-based line and column plus the 0-based byte offset.
///
/// Lines end at LF (U+000A) only; a CR before the LF belongs to the line it ends.
/// Columns count the bytes that start a UTF-8 sequence, which in valid UTF-8 is one
/// column per Unicode scalar: `é` and `😀` are one column each.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars from the start of the line.
  public var column: Int
  /// The 0-based offset in bytes from the start of the input.
  public var offset: Int

  /// Creates a location.
  ///
  /// - Parameters:
  ///   - line: The 1-based line number.
  ///   - column: The 1-based column in Unicode scalars.
  ///   - offset: The 0-based byte offset; pass 0 when it is unknown.
  public init(line: Int, column: Int, offset: Int = 0) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The location as `line:column`.
  public var description: String { "\(line):\(column)" }

  /// Orders locations by line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
