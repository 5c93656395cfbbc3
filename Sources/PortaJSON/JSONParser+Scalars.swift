import PortaDiagnostics

/// Literals, numbers and strings, with the UTF-8 and escape checks inside strings.
extension JSONParser {
  /// Parses `true`, `false` or `null`, and explains the words people write instead.
  mutating func parseLiteral() throws -> JSONNode.Kind {
    let start = position
    let byte = input[position]
    if byte == UInt8(ascii: "/") { throw commentError() }
    if byte == UInt8(ascii: "'") {
      throw report(.jsonSingleQuote, "Strings must be in double quotes, not single quotes.", at: position)
    }
    guard isWordByte(byte) else {
      throw report(
        .jsonUnexpectedCharacter,
        "Expected a value, found \(describeCharacter(at: position)).",
        at: position
      )
    }

    let word = readWord(from: start)
    switch word {
    case "true":
      position += 4
      return .bool(true)
    case "false":
      position += 5
      return .bool(false)
    case "null":
      position += 4
      return .null
    case "NaN", "Infinity", "inf", "nan":
      throw report(
        .jsonInvalidLiteral,
        "\(word) is not valid JSON, which has no NaN or Infinity. Write null or a string instead.",
        at: start
      )
    case "True", "TRUE", "False", "FALSE", "Null", "NULL", "None", "nil", "undefined":
      let suggestion =
        switch word.lowercased() {
        case "true": "true"
        case "false": "false"
        default: "null"
        }
      throw report(
        .jsonInvalidLiteral,
        "\(word) is not valid JSON. Write \(suggestion) in lower case.",
        at: start
      )
    default:
      throw report(
        .jsonInvalidLiteral,
        "Unexpected word \(word). A value is a string in double quotes, a number, an object, an array, "
          + "true, false or null.",
        at: start
      )
    }
  }

  /// Parses a number, keeping its text.
  mutating func parseNumber() throws -> JSONNumber {
    let start = position
    guard let end = JSONNumber.grammarEnd(of: input, from: start) else {
      throw invalidNumber(from: start)
    }
    // A number must be followed by a delimiter, so `012`, `1.2.3` and `0x1F` are one bad token.
    if end < input.count, isWordByte(input[end]) || input[end] == UInt8(ascii: ".") {
      throw invalidNumber(from: start)
    }
    position = end
    return JSONNumber(uncheckedText: String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self))
  }

  mutating func invalidNumber(from start: Int) -> Failure {
    let token = readWord(from: start, allowingNumberPunctuation: true)
    if token.hasPrefix("-I") || token.hasPrefix("-i") || token.hasPrefix("-N") {
      return report(
        .jsonInvalidLiteral,
        "\(token) is not valid JSON, which has no NaN or Infinity. Write null or a string instead.",
        at: start
      )
    }
    let reason: String
    let digits = token.hasPrefix("-") ? token.dropFirst() : token[...]
    if digits.count > 1, digits.hasPrefix("0"), let second = digits.dropFirst().first, second.isNumber {
      reason = "leading zeros are not allowed"
    } else if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
      reason = "hexadecimal is not allowed"
    } else if digits.hasPrefix(".") {
      reason = "a digit must come before '.'"
    } else if digits.hasSuffix(".") || digits.contains(".e") || digits.contains(".E") {
      reason = "a digit must follow '.'"
    } else if digits.hasSuffix("e") || digits.hasSuffix("E") || digits.hasSuffix("+") || digits.hasSuffix("-") {
      reason = "the exponent needs digits"
    } else {
      reason = "it does not follow the JSON number grammar"
    }
    return report(
      .jsonInvalidNumber,
      "Invalid number \(token): \(reason). Write a decimal such as 12, -0.5 or 1e3.",
      at: start
    )
  }

  /// Parses a string starting at its opening quote and returns its unescaped text.
  mutating func parseString() throws -> String {
    let start = position
    position += 1
    var segmentStart = position
    var buffer: [UInt8]? = nil

    while true {
      guard position < input.count else {
        throw report(.jsonUnterminatedString, "The string is not terminated. Add the closing '\"'.", at: start)
      }
      let byte = input[position]
      if byte == UInt8(ascii: "\"") {
        let text: String
        if var escaped = buffer {
          escaped.append(contentsOf: UnsafeBufferPointer(rebasing: input[segmentStart..<position]))
          text = String(decoding: escaped, as: UTF8.self)
        } else {
          text = String(decoding: UnsafeBufferPointer(rebasing: input[segmentStart..<position]), as: UTF8.self)
        }
        position += 1
        return text
      }
      if byte == UInt8(ascii: "\\") {
        var escaped = buffer ?? []
        escaped.append(contentsOf: UnsafeBufferPointer(rebasing: input[segmentStart..<position]))
        try parseEscape(into: &escaped)
        buffer = escaped
        segmentStart = position
        continue
      }
      if byte < 0x20 {
        let name: String
        switch byte {
        case 0x0A: name = "A line break"
        case 0x09: name = "A tab"
        default: name = "Control character U+\(hex4(UInt32(byte)))"
        }
        throw report(
          .jsonControlCharacter,
          "\(name) is not allowed inside a string. Write it escaped as \(escapeSuggestion(for: byte)).",
          at: position
        )
      }
      if byte < 0x80 {
        position += 1
      } else {
        try skipUTF8Sequence()
      }
    }
  }

  /// Decodes one backslash escape, appending its UTF-8 bytes.
  mutating func parseEscape(into output: inout [UInt8]) throws {
    let escapeStart = position
    position += 1
    guard position < input.count else {
      throw report(.jsonUnterminatedString, "The string ends inside an escape sequence.", at: escapeStart)
    }
    let byte = input[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""): output.append(0x22)
    case UInt8(ascii: "\\"): output.append(0x5C)
    case UInt8(ascii: "/"): output.append(0x2F)
    case UInt8(ascii: "b"): output.append(0x08)
    case UInt8(ascii: "f"): output.append(0x0C)
    case UInt8(ascii: "n"): output.append(0x0A)
    case UInt8(ascii: "r"): output.append(0x0D)
    case UInt8(ascii: "t"): output.append(0x09)
    case UInt8(ascii: "u"):
      let unit = try readHexUnit(escapeStart: escapeStart)
      var scalarValue = unit
      if (0xD800...0xDBFF).contains(unit) {
        // A high surrogate must be followed at once by an escaped low surrogate.
        guard position + 1 < input.count, input[position] == UInt8(ascii: "\\"),
          input[position + 1] == UInt8(ascii: "u")
        else {
          throw unpairedSurrogate(unit, at: escapeStart)
        }
        let lowStart = position
        position += 2
        let low = try readHexUnit(escapeStart: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw unpairedSurrogate(unit, at: escapeStart)
        }
        scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(unit) {
        throw unpairedSurrogate(unit, at: escapeStart)
      }
      output.append(contentsOf: Array(String(Unicode.Scalar(scalarValue)!).utf8))
    default:
      let shown =
        byte < 0x80 && byte >= 0x20 ? "\\\(Character(Unicode.Scalar(byte)))" : "a backslash before byte 0x\(hex2(byte))"
      throw report(
        .jsonInvalidEscape,
        "Invalid escape \(shown). JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX, "
          + "so write a literal backslash as \\\\.",
        at: escapeStart
      )
    }
  }

  /// Reads the four hex digits after `\u`.
  mutating func readHexUnit(escapeStart: Int) throws -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < input.count, let digit = hexValue(input[position]) else {
        throw report(
          .jsonInvalidEscape,
          "Invalid \\u escape: it needs exactly four hexadecimal digits, as in \\u00e9.",
          at: escapeStart
        )
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  mutating func unpairedSurrogate(_ unit: UInt32, at offset: Int) -> Failure {
    report(
      .jsonUnpairedSurrogate,
      "\\u\(hex4(unit)) is half of a UTF-16 surrogate pair without its other half. "
        + "Escape the whole character as a pair, as in \\ud83d\\ude00, or write it as UTF-8.",
      at: offset
    )
  }

  /// Validates one multi-byte UTF-8 sequence (Unicode Table 3-7) and steps over it.
  mutating func skipUTF8Sequence() throws {
    let lead = input[position]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default:
      throw invalidUTF8(at: position)
    }
    guard position + length <= input.count, secondRange.contains(input[position + 1]) else {
      throw invalidUTF8(at: position)
    }
    for offset in 2..<length where !(0x80...0xBF).contains(input[position + offset]) {
      throw invalidUTF8(at: position)
    }
    position += length
  }

  mutating func invalidUTF8(at offset: Int) -> Failure {
    report(
      .jsonInvalidUTF8,
      "Invalid UTF-8 byte 0x\(hex2(input[offset])). Save the file as UTF-8.",
      at: offset
    )
  }
}
