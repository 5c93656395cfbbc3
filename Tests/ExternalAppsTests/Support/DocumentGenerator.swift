import PortaPluginFixtures

@testable import ExternalApps

/// An option line that a generated document contains, with the values the parser must return.
struct ExpectedOption: Equatable, CustomStringConvertible {
  var line: Int
  var section: String
  var key: String
  var value: String

  var description: String { "line \(line): [\(section)]\(key)=\(value)" }
}

/// A generated document and what parsing it must return.
struct GeneratedDocument {
  var bytes: [UInt8]
  var options: [ExpectedOption]
  /// Whether the generator put a line with a syntax error into the document.
  var hasInvalidLines: Bool
}

/// Builds random documents from a seed: options with awkward values, comments, blank
/// lines, LF and CRLF endings, an optional byte order mark and an optional final line ending.
struct DocumentGenerator {
  var random: SeededGenerator
  /// Whether to add lines with syntax errors: invalid UTF-8, NUL, a lone CR, a missing `]`.
  var includesInvalidLines: Bool

  static let sections = ["ExternalApps", "contracts", "crm", "Café", "app.v2", "a b", "日本", "x[y"]
  static let keys = ["Extras", "ServerUrl", "Login", "Password", "api_key", "A.b-c", "k9"]
  static let valuePieces = [
    "https://mybilling.com", "=", "==", "[", "]", "#", ";", " ", "\t", "é", "😀", "a=b&c=d", "<", ">", "\\",
    "\"", "'", "%20", "[other]Key=x", "\u{7F}", "\u{1}", "\u{FEFF}",
  ]

  mutating func document(lineCount: Int) -> GeneratedDocument {
    var bytes: [UInt8] = []
    var options: [ExpectedOption] = []
    var hasInvalidLines = false
    if Bool.random(using: &random) {
      bytes += OptionsDocument.byteOrderMark
    }
    let endsWithLineEnding = Bool.random(using: &random)

    for index in 0..<lineCount {
      let number = index + 1
      switch Int.random(in: 0..<10, using: &random) {
      case 0:
        bytes += Array((blanks() + (Bool.random(using: &random) ? "#" : ";") + value()).utf8)
      case 1:
        bytes += Array(blanks().utf8)
      case 2 where includesInvalidLines:
        bytes += invalidLine()
        hasInvalidLines = true
      default:
        let option = ExpectedOption(
          line: number, section: Self.sections.randomElement(using: &random)!,
          key: Self.keys.randomElement(using: &random)!, value: value())
        bytes += Array((blanks() + "[\(option.section)]\(option.key)=\(option.value)").utf8)
        options.append(option)
      }
      if index < lineCount - 1 || endsWithLineEnding {
        bytes += Bool.random(using: &random) ? [0x0A] : [0x0D, 0x0A]
      }
    }
    return GeneratedDocument(bytes: bytes, options: options, hasInvalidLines: hasInvalidLines)
  }

  mutating func blanks() -> String {
    String((0..<Int.random(in: 0...2, using: &random)).map { _ in Bool.random(using: &random) ? " " : "\t" })
  }

  mutating func value() -> String {
    (0..<Int.random(in: 0...6, using: &random)).map { _ in
      Self.valuePieces.randomElement(using: &random)!
    }.joined()
  }

  mutating func invalidLine() -> [UInt8] {
    switch Int.random(in: 0..<5, using: &random) {
    case 0: Array("[contracts]Login=".utf8) + [0xFF, 0x61]
    case 1: Array("[contracts]Login=a".utf8) + [0x00]
    case 2: Array("[contracts]Login=a\rb".utf8)
    case 3: Array("[contracts Login=a".utf8)
    default: Array("Login=a".utf8) + [0xED, 0xA0, 0x80]
    }
  }
}
