/// Byte offsets of one line inside an ``OptionsDocument``'s bytes.
///
/// The parser stores one record per line and decodes no strings, so a large
/// document costs 24 bytes per line on top of its bytes. Offsets other than
/// `start` are relative to `start` and fit in 32 bits because a document is at
/// most ``OptionsLimits/largestDocumentSize`` bytes.
struct LineRecord: Sendable, Hashable {
  /// The byte offset of the line's first byte.
  var start: Int
  /// The number of bytes before the line ending.
  var contentLength: UInt32
  /// For option lines, the offset of the `]` that closes the section.
  var closeBracket: UInt32
  /// For option lines, the offset of the `=` that ends the key.
  var equalsSign: UInt32
  /// The kind of line.
  var kind: OptionsLine.Kind
  /// The line ending, or `nil` for a last line without one.
  var ending: LineEnding?

  /// The byte offset just past the content, where the line ending starts.
  var contentEnd: Int { start + Int(contentLength) }

  /// The byte offset just past the line ending.
  var end: Int {
    switch ending {
    case nil: contentEnd
    case .lf: contentEnd + 1
    case .crlf: contentEnd + 2
    }
  }
}
