import Foundation
import PortaDiagnostics

extension OptionsDocument {
  /// Parses WebCustom option lines from UTF-8 bytes.
  ///
  /// Each line is `[section]Key=value`, a comment whose first non-blank character
  /// is `#` or `;`, or blank. Lines end at LF or CRLF. Parsing never fails:
  /// a line with a syntax error is kept as an ``OptionsLine/Kind/invalid`` line
  /// and reported, so ``encoded()`` still returns `bytes`. The bytes are stored
  /// without a copy.
  ///
  /// - Parameters:
  ///   - bytes: The document, optionally starting with a UTF-8 byte order mark.
  ///   - limits: The maximum line length and document size. A document larger than
  ///     ``OptionsLimits/maximumDocumentSize`` is kept unsplit, with no lines.
  /// - Returns: The document and its syntax diagnostics (codes `options.*`).
  /// - Complexity: O(n) in the document size, in one pass over the bytes plus a
  ///   search for `]`, `=` and `<` in each option line. Line and column are
  ///   computed only for lines that get a diagnostic.
  public static func parse(_ bytes: [UInt8], limits: OptionsLimits = .default) -> OptionsParseResult {
    OptionsParser(limits: limits).parse(bytes)
  }

  /// Parses WebCustom option lines from UTF-8 data.
  ///
  /// The data is copied once into the document's byte array. Pass `[UInt8]` to avoid the copy.
  ///
  /// - Parameters:
  ///   - data: The document.
  ///   - limits: The maximum line length and document size.
  /// - Returns: The document and its syntax diagnostics.
  /// - Complexity: O(n) in the document size.
  public static func parse(_ data: Data, limits: OptionsLimits = .default) -> OptionsParseResult {
    parse([UInt8](data), limits: limits)
  }

  /// Parses WebCustom option lines from text.
  ///
  /// - Parameters:
  ///   - text: The document.
  ///   - limits: The maximum line length and document size.
  /// - Returns: The document and its syntax diagnostics.
  /// - Complexity: O(n) in the document size.
  public static func parse(_ text: String, limits: OptionsLimits = .default) -> OptionsParseResult {
    parse(Array(text.utf8), limits: limits)
  }
}

/// Splits bytes into line records and turns findings into located diagnostics.
struct OptionsParser {
  let limits: OptionsLimits

  func parse(_ bytes: [UInt8]) -> OptionsParseResult {
    guard bytes.count <= limits.maximumDocumentSize else {
      let document = OptionsDocument(bytes: bytes, records: [], exceedsSizeLimit: true, limits: limits)
      let message =
        "Document is \(bytes.count) bytes, which exceeds the maximum of \(limits.maximumDocumentSize) bytes. "
        + "WebCustom options are normally a few kilobytes, so check that this is the right file."
      let diagnostic = Diagnostic(.error, code: .optionsDocumentTooLarge, message: message)
      return OptionsParseResult(document: document, diagnostics: [diagnostic])
    }

    let hasByteOrderMark = bytes.starts(with: OptionsDocument.byteOrderMark)
    let (records, findings) = bytes.withUnsafeBufferPointer { buffer in
      var scanner = LineScanner(buffer: buffer, limits: limits)
      scanner.records.reserveCapacity(Self.countLineFeeds(in: buffer) + 1)
      scanner.scanDocument(from: hasByteOrderMark ? OptionsDocument.byteOrderMark.count : 0)
      return (scanner.records, scanner.findings)
    }

    let document = OptionsDocument(bytes: bytes, records: records, exceedsSizeLimit: false, limits: limits)
    let diagnostics = Self.locate(findings, in: bytes, hasByteOrderMark: hasByteOrderMark)
    return OptionsParseResult(document: document, diagnostics: diagnostics)
  }

  /// Counts LF bytes with `memchr`, so the record array is allocated once at its final size.
  static func countLineFeeds(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var count = 0
    var position = 0
    while position < buffer.count {
      guard let found = memchr(base + position, 0x0A, buffer.count - position) else { break }
      count += 1
      position = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
    }
    return count
  }

  /// Converts byte offsets to line and column with one ``SourceLocator``, built only when needed.
  ///
  /// A byte order mark is not a column, so columns on line 1 after it are reduced by one.
  static func locate(_ findings: [Finding], in bytes: [UInt8], hasByteOrderMark: Bool) -> [Diagnostic] {
    guard !findings.isEmpty else { return [] }
    let locator = SourceLocator(bytes)
    return findings.map { finding in
      var location = locator.location(ofOffset: finding.offset)
      if hasByteOrderMark && location.line == 1 && location.column > 1 {
        location.column -= 1
      }
      return Diagnostic(finding.severity, code: finding.code, message: finding.message, location: location)
    }
  }
}
