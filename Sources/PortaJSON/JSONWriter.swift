/// Writes JSON text with exact number text, member order and string escaping.
///
/// Strings are escaped the way RFC 8259 requires and no further. `"` and `\`
/// are escaped, and U+0000 to U+001F become `\b \f \n \r \t` or `\u00XX`
/// (lower-case hex). U+2028 and U+2029 become `\u2028` and `\u2029`, so the text
/// is also safe inside JavaScript source. `/` is not escaped, unlike
/// `JSONEncoder`'s default, and every other character is written as UTF-8.
public enum JSONWriter {
  /// Returns the JSON text of `value`.
  ///
  /// - Parameters:
  ///   - value: The value to write.
  ///   - prettyPrinted: Whether to indent nested values by two spaces, one
  ///     member or element per line, with `": "` after member names.
  /// - Returns: The text; compact unless `prettyPrinted` is set.
  /// - Complexity: O(n) in the size of the output.
  public static func string(_ value: JSONValue, prettyPrinted: Bool = false) -> String {
    var output = ""
    write(value, to: &output, indentation: prettyPrinted ? 0 : nil)
    return output
  }

  /// Returns `string` as a quoted JSON string.
  ///
  /// - Parameter string: The text to quote.
  /// - Returns: The text between double quotes, escaped as described above.
  /// - Complexity: O(n) in the length of `string`.
  public static func quoted(_ string: String) -> String {
    var output = ""
    appendQuoted(string, to: &output)
    return output
  }

  /// Appends `string` as a quoted JSON string to `output`.
  ///
  /// - Parameters:
  ///   - string: The text to quote.
  ///   - output: The text to append to.
  /// - Complexity: O(n) in the length of `string`.
  public static func appendQuoted(_ string: String, to output: inout String) {
    var string = string
    string.makeContiguousUTF8()
    let escaped = string.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      // Fast path: most strings need no escaping and are appended whole.
      guard bytes.contains(where: needsEscaping) else { return nil }
      return escapedText(bytes)
    }
    output.append("\"")
    if let escaped, let escaped {
      output.append(escaped)
    } else {
      output.append(string)
    }
    output.append("\"")
  }

  /// Whether a UTF-8 byte starts something that must be escaped: a control
  /// character, `"`, `\`, or the lead byte 0xE2 of U+2028 and U+2029.
  private static func needsEscaping(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
  }

  /// Returns the escaped form of UTF-8 text, without the surrounding quotes.
  private static func escapedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    let hexDigits = Array("0123456789abcdef".utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x22: result += [0x5C, 0x22]
      case 0x5C: result += [0x5C, 0x5C]
      case 0x08: result += [0x5C, UInt8(ascii: "b")]
      case 0x0C: result += [0x5C, UInt8(ascii: "f")]
      case 0x0A: result += [0x5C, UInt8(ascii: "n")]
      case 0x0D: result += [0x5C, UInt8(ascii: "r")]
      case 0x09: result += [0x5C, UInt8(ascii: "t")]
      case 0x00..<0x20:
        result += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR end lines in JavaScript.
        result += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        index += 2
      default:
        result.append(byte)
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  private static func write(_ value: JSONValue, to output: inout String, indentation: Int?) {
    switch value {
    case .null: output.append("null")
    case .bool(let bool): output.append(bool ? "true" : "false")
    case .number(let number): output.append(number.text)
    case .string(let string): appendQuoted(string, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append("[]")
        return
      }
      output.append("[")
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(",") }
        newline(to: &output, indentation: indentation.map { $0 + 1 })
        write(element, to: &output, indentation: indentation.map { $0 + 1 })
      }
      newline(to: &output, indentation: indentation)
      output.append("]")
    case .object(let object):
      guard !object.isEmpty else {
        output.append("{}")
        return
      }
      output.append("{")
      for (index, member) in object.members.enumerated() {
        if index > 0 { output.append(",") }
        newline(to: &output, indentation: indentation.map { $0 + 1 })
        appendQuoted(member.key, to: &output)
        output.append(indentation == nil ? ":" : ": ")
        write(member.value, to: &output, indentation: indentation.map { $0 + 1 })
      }
      newline(to: &output, indentation: indentation)
      output.append("}")
    }
  }

  private static func newline(to output: inout String, indentation: Int?) {
    guard let indentation else { return }
    output.append("\n")
    output.append(String(repeating: "  ", count: indentation))
  }
}
