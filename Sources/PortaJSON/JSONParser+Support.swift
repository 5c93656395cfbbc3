import PortaDiagnostics

/// Whitespace, words for messages, and the errors shared by every part of the parser.
extension JSONParser {
  mutating func skipWhitespace() {
    while position < input.count {
      switch input[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }

  /// Reads the word starting at `start` for a message, at most 40 bytes.
  func readWord(from start: Int, allowingNumberPunctuation: Bool = false) -> String {
    var end = start
    while end < input.count, end - start < 40 {
      let byte = input[end]
      let isPunctuation =
        allowingNumberPunctuation
        && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "."))
      guard isWordByte(byte) || isPunctuation else { break }
      end += 1
    }
    if end == start { end = start + 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: input[start..<min(end, input.count)]), as: UTF8.self)
  }

  /// Describes the character at `offset` for a message: `'x'`, a named control
  /// character, or a byte that is not UTF-8.
  func describeCharacter(at offset: Int) -> String {
    let byte = input[offset]
    switch byte {
    case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
    case 0x0C: return "a form feed (U+000C)"
    case 0x00..<0x20, 0x7F: return "control character U+\(hex4(UInt32(byte)))"
    default:
      var end = offset + 1
      while end < input.count, end - offset < 4, input[end] & 0xC0 == 0x80 { end += 1 }
      var decoder = UTF8()
      var iterator = UnsafeBufferPointer(rebasing: input[offset..<end]).makeIterator()
      if case .scalarValue(let scalar) = decoder.decode(&iterator) {
        return "'\(Character(scalar))' (U+\(hex4(scalar.value)))"
      }
      return "byte 0x\(hex2(byte)), which is not valid UTF-8"
    }
  }

  mutating func commentError() -> Failure {
    report(.jsonComment, "Comments are not allowed in JSON. Remove the comment.", at: position)
  }

  mutating func trailingComma(at offset: Int, closing: String) -> Failure {
    report(
      .jsonTrailingComma,
      "Trailing comma before '\(closing)'. Remove the comma.",
      at: offset
    )
  }

  mutating func unexpectedEnd(expecting expected: String) -> Failure {
    report(
      .jsonUnexpectedEnd,
      "Unexpected end of input: expected \(expected). The document looks cut short.",
      at: position
    )
  }

  func escapeSuggestion(for byte: UInt8) -> String {
    switch byte {
    case 0x08: "\\b"
    case 0x09: "\\t"
    case 0x0A: "\\n"
    case 0x0C: "\\f"
    case 0x0D: "\\r"
    default: "\\u\(hex4(UInt32(byte)))"
    }
  }

  /// Records a fatal problem and returns the error that ends parsing.
  mutating func report(_ code: DiagnosticCode, _ message: String, at offset: Int) -> Failure {
    problems.append(JSONProblem(severity: .error, code: code, message: message, offset: offset))
    return Failure()
  }
}

func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
  default: nil
  }
}

func hex2(_ byte: UInt8) -> String {
  let text = String(byte, radix: 16, uppercase: true)
  return text.count == 1 ? "0" + text : text
}

func hex4(_ value: UInt32) -> String {
  let text = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
