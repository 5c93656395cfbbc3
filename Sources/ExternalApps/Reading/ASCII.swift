/// Byte values the scanner tests for.
enum ASCII {
  static let nul: UInt8 = 0x00
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let hash = UInt8(ascii: "#")
  static let semicolon = UInt8(ascii: ";")
  static let openBracket = UInt8(ascii: "[")
  static let closeBracket = UInt8(ascii: "]")
  static let equalsSign = UInt8(ascii: "=")
  static let lessThan = UInt8(ascii: "<")
  static let delete: UInt8 = 0x7F

  /// Whether `byte` is a blank: a space or a tab.
  @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  /// Whether `byte` may appear in a key: `A-Z`, `a-z`, `0-9`, `_`, `.` or `-`.
  @inline(__always) static func isKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
      true
    default:
      false
    }
  }

  /// Whether `byte` is a C0 control character or DEL.
  @inline(__always) static func isControl(_ byte: UInt8) -> Bool { byte < space || byte == delete }
}
