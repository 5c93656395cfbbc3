/// One line of an ``OptionsDocument``, decoded for reading.
///
/// Lines are decoded on request from the document's bytes, so reading a few
/// lines of a large document decodes only those.
public struct OptionsLine: Sendable, Hashable {
  /// The kind of content in a line.
  public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
    /// Nothing but spaces and tabs, or nothing at all.
    case blank
    /// A comment: the first character that is not a space or tab is `#` or `;`.
    case comment
    /// An option: `[section]Key=value`, optionally indented.
    case option
    /// A line with a syntax error, kept byte for byte so the document still
    /// encodes to its input.
    case invalid
  }

  /// The 1-based line number.
  public let number: Int
  /// The kind of content in the line.
  public let kind: Kind
  /// The line ending, or `nil` when the document ends without one.
  public let ending: LineEnding?
  /// The bytes of the line without its ending. A byte order mark before the first
  /// line is not part of it.
  public let content: [UInt8]
  /// For an option line, the section name between `[` and `]`.
  public let section: String?
  /// For an option line, the key between `]` and the first `=`.
  public let key: String?
  /// For an option line, everything after the first `=` that follows the key, exactly as written.
  public let value: String?

  /// The line's content as text, in which bytes that are not valid UTF-8 become U+FFFD.
  public var text: String { String(decoding: content, as: UTF8.self) }
}

extension OptionsLine: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The line number and content, with the value masked when the key is secret
  /// and the content of an invalid line left out.
  public var description: String {
    switch kind {
    case .blank, .comment:
      return "line \(number): \(text)"
    case .invalid:
      return "line \(number): invalid line of \(content.count) bytes"
    case .option:
      let shownValue = OptionRecord.masked(value ?? "", isSecret: OptionRecord.isSecretKey(key ?? ""))
      return "line \(number): [\(section ?? "")]\(key ?? "")=\(shownValue)"
    }
  }

  /// The same text as ``description``.
  public var debugDescription: String { description }

  /// A mirror that shows the masked ``description`` in place of the raw bytes,
  /// so `dump` never prints a password.
  public var customMirror: Mirror {
    Mirror(self, children: ["number": number, "kind": kind, "line": description], displayStyle: .struct)
  }
}
