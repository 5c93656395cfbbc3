/// Writes JSON text with exact number text, member order and string escaping.
///
/// Strings are escaped the way RFC 8259 requires and no further: `"` and `\`
/// are escaped; U+0000 to U+001F become `\b \f \n \r \t` or `\u00XX`
/// (lower-case hex); U+2028 and U+2029 become `\u2028` and `\u2029`, so the text
/// is also safe inside JavaScript source; `/` is not escaped (unlike
/// `JSONEncoder`'s default); every other character is written as UTF-8.
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
    output.append("\"")
    var pending = string.unicodeScalars.startIndex
    let scalars = string.unicodeScalars
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let replacement: String?
      switch scalar.value {
      case 0x22: replacement = "\\\""
      case 0x5C: replacement = "\\\\"
      case 0x08: replacement = "\\b"
      case 0x0C: replacement = "\\f"
      case 0x0A: replacement = "\\n"
      case 0x0D: replacement = "\\r"
      case 0x09: replacement = "\\t"
      case 0x00..<0x20: replacement = "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      case 0x2028: replacement = "\\u2028"
      case 0x2029: replacement = "\\u2029"
      default: replacement = nil
      }
      if let replacement {
        // Appending through `output.unicodeScalars` copies the whole output on
        // each call, which made writing quadratic; a string append does not.
        output.append(String(scalars[pending..<index]))
        output.append(replacement)
        pending = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    output.append(String(scalars[pending..<scalars.endIndex]))
    output.append("\"")
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
