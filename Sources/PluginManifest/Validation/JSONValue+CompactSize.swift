import PortaJSON

extension JSONValue {
  /// The number of UTF-8 bytes `JSONWriter.string(self)` writes, counted without building the text.
  ///
  /// The count follows ``PortaJSON/JSONWriter``'s escaping: `"` and `\` and
  /// `\b \f \n \r \t` take 2 bytes, other control characters and U+2028 and
  /// U+2029 take 6 (`\u00XX`), and every other character its UTF-8 length.
  ///
  /// - Complexity: O(n) in the size of the value, without allocating.
  var compactSize: Int {
    switch self {
    case .null: 4
    case .bool(let bool): bool ? 4 : 5
    case .number(let number): number.text.utf8.count
    case .string(let string): Self.quotedSize(string)
    case .array(let elements):
      elements.reduce(2 + max(0, elements.count - 1)) { $0 + $1.compactSize }
    case .object(let object):
      object.members.reduce(2 + max(0, object.count - 1)) { total, member in
        total + Self.quotedSize(member.key) + 1 + member.value.compactSize
      }
    }
  }

  /// Returns the size of `string` written as a quoted JSON string.
  private static func quotedSize(_ string: String) -> Int {
    var size = 2
    var utf8 = string.utf8.makeIterator()
    while let byte = utf8.next() {
      switch byte {
      case 0x22, 0x5C, 0x08, 0x0C, 0x0A, 0x0D, 0x09:
        size += 2
      case 0x00..<0x20:
        size += 6
      case 0xE2:
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; they are escaped as six bytes.
        let second = utf8.next()
        let third = utf8.next()
        let isSeparator = second == 0x80 && (third == 0xA8 || third == 0xA9)
        size += isSeparator ? 6 : 1 + (second == nil ? 0 : 1) + (third == nil ? 0 : 1)
      default:
        size += 1
      }
    }
    return size
  }
}
