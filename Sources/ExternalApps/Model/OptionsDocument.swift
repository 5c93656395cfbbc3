import Foundation
import PortaDiagnostics

/// A lossless WebCustom options document: lines of `[section]Key=value`, comments and blanks.
///
/// The document stores its input bytes unchanged plus the offsets of each line,
/// so ``encoded()`` returns exactly the parsed bytes. Order, comments, blank
/// lines, LF or CRLF endings, a UTF-8 byte order mark and the presence or absence
/// of a final line ending all survive. Lines with syntax errors are kept as
/// ``OptionsLine/Kind/invalid`` lines. Edits change only the lines they touch.
///
/// Create a document with `parse(_:limits:)`, or start from an empty
/// one with ``init()`` and add options with ``setOption(section:key:value:)``.
public struct OptionsDocument: Sendable, Hashable {
  /// The document's bytes, exactly as parsed and edited.
  public internal(set) var bytes: [UInt8]
  var records: [LineRecord]
  /// Whether the document was too large to split into lines. Its bytes are kept, but it has no lines.
  public internal(set) var exceedsSizeLimit: Bool
  /// The limits the document was parsed with. Edits check lines against the same line limit.
  public let limits: OptionsLimits

  /// Creates an empty document.
  ///
  /// - Parameter limits: The limits that later edits are checked against.
  public init(limits: OptionsLimits = .default) {
    self.init(bytes: [], records: [], exceedsSizeLimit: false, limits: limits)
  }

  init(bytes: [UInt8], records: [LineRecord], exceedsSizeLimit: Bool, limits: OptionsLimits) {
    self.bytes = bytes
    self.records = records
    self.exceedsSizeLimit = exceedsSizeLimit
    self.limits = limits
  }

  /// Returns the document's bytes, identical to the parsed input plus any edits.
  ///
  /// - Returns: The encoded document.
  /// - Complexity: O(1), because the bytes are shared until one copy changes.
  public func encoded() -> [UInt8] { bytes }

  /// Returns the document as text, or `nil` when it contains bytes that are not valid UTF-8.
  ///
  /// A byte order mark at the start is part of the text as U+FEFF.
  ///
  /// - Returns: The decoded document.
  /// - Complexity: O(n) in the document size.
  public func encodedText() -> String? {
    // Decoding replaces invalid bytes with U+FFFD, so equal bytes after decoding mean valid UTF-8.
    let text = String(decoding: bytes, as: UTF8.self)
    return text.utf8.elementsEqual(bytes) ? text : nil
  }

  /// Whether the document starts with the UTF-8 byte order mark `EF BB BF`.
  public var hasByteOrderMark: Bool { bytes.starts(with: Self.byteOrderMark) }

  /// Whether the last line ends with LF or CRLF, or `true` for an empty document.
  public var endsWithLineEnding: Bool { records.last.map { $0.ending != nil } ?? true }

  /// The ending of the first line that has one, or LF when no line has one.
  ///
  /// Appended lines use this ending, so an edited Windows document keeps CRLF.
  public var lineEnding: LineEnding { records.lazy.compactMap(\.ending).first ?? .lf }

  /// The number of lines. A final line ending does not start another line.
  public var lineCount: Int { records.count }

  /// The number of option lines, without decoding them.
  ///
  /// - Complexity: O(lines).
  public var optionLineCount: Int { records.count { $0.kind == .option } }

  /// The document's lines, decoded on access.
  public var lines: Lines { Lines(document: self) }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

extension OptionsDocument {
  /// The lines of an ``OptionsDocument``, indexed from 0, so a line's number is its index + 1.
  public struct Lines: RandomAccessCollection, Sendable {
    let document: OptionsDocument

    /// The index of the first line, 0.
    public var startIndex: Int { 0 }
    /// The number of lines.
    public var endIndex: Int { document.records.count }

    /// Decodes the line at `position`.
    ///
    /// - Parameter position: A 0-based line index.
    /// - Complexity: O(line length).
    public subscript(position: Int) -> OptionsLine { document.decodeLine(at: position) }
  }

  /// Decodes the line at a 0-based index into an ``OptionsLine``.
  func decodeLine(at index: Int) -> OptionsLine {
    let record = records[index]
    let content = Array(bytes[record.start..<record.contentEnd])
    var section: String?
    var key: String?
    var value: String?
    if record.kind == .option {
      let ranges = optionRanges(of: record)
      section = string(in: ranges.section)
      key = string(in: ranges.key)
      value = string(in: ranges.value)
    }
    return OptionsLine(
      number: index + 1, kind: record.kind, ending: record.ending, content: content,
      section: section, key: key, value: value)
  }

  /// Returns the absolute byte ranges of an option line's section, key and value.
  func optionRanges(of record: LineRecord) -> (section: Range<Int>, key: Range<Int>, value: Range<Int>) {
    let closeBracket = record.start + Int(record.closeBracket)
    let equalsSign = record.start + Int(record.equalsSign)
    var openBracket = record.start
    while bytes[openBracket] != UInt8(ascii: "[") { openBracket += 1 }
    return (openBracket + 1..<closeBracket, closeBracket + 1..<equalsSign, equalsSign + 1..<record.contentEnd)
  }

  /// Decodes bytes that the parser validated as UTF-8.
  func string(in range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }
}
