/// Size limits that the option-line parser and writer enforce.
///
/// The defaults are far above what an operator types into PortaBilling's
/// WebCustom field, so they only stop pasted binary data or runaway files.
/// Both limits count bytes of UTF-8, and the line limit excludes the line ending.
public struct OptionsLimits: Sendable, Hashable {
  /// The default maximum line length: 8,192 bytes.
  public static let defaultMaximumLineLength = 8_192
  /// The default maximum document size: 16 MiB (16,777,216 bytes).
  public static let defaultMaximumDocumentSize = 16 * 1_024 * 1_024
  /// The largest accepted ``maximumDocumentSize``: 4 GiB minus one byte, because
  /// the parser stores offsets inside a line as 32-bit integers.
  public static let largestDocumentSize = Int(UInt32.max)

  /// The limits used when the caller passes none.
  public static let `default` = OptionsLimits()

  /// The maximum number of bytes in one line, not counting its LF or CRLF.
  /// A longer line is kept as an invalid line and reported as `options.line-too-long`.
  public let maximumLineLength: Int
  /// The maximum number of bytes in a document, byte order mark included.
  /// A larger document is not split into lines and is reported as
  /// `options.document-too-large`.
  public let maximumDocumentSize: Int

  /// Creates limits.
  ///
  /// - Parameters:
  ///   - maximumLineLength: The maximum bytes in one line, which must be positive.
  ///   - maximumDocumentSize: The maximum bytes in a document, which must be positive and at
  ///     most ``largestDocumentSize``.
  /// - Precondition: Both values are positive and `maximumDocumentSize` is at most
  ///   ``largestDocumentSize``.
  public init(
    maximumLineLength: Int = defaultMaximumLineLength,
    maximumDocumentSize: Int = defaultMaximumDocumentSize
  ) {
    precondition(maximumLineLength > 0, "maximumLineLength must be positive, got \(maximumLineLength)")
    precondition(
      maximumDocumentSize > 0 && maximumDocumentSize <= Self.largestDocumentSize,
      "maximumDocumentSize must be in 1...\(Self.largestDocumentSize), got \(maximumDocumentSize)"
    )
    self.maximumLineLength = maximumLineLength
    self.maximumDocumentSize = maximumDocumentSize
  }
}
