import PortaDiagnostics

/// A problem found while parsing, located by byte offset until the reader
/// converts it into a ``Diagnostic``.
struct JSONProblem {
  var severity: Severity
  var code: DiagnosticCode
  var message: String
  var offset: Int
  /// The offset of a related place (the first of two repeated keys), printed
  /// where the message contains ``JSONParser/relatedPlaceholder``.
  var relatedOffset: Int?
  var pointer: String?
}

/// The iterative parser behind ``JSONReader``.
///
/// Containers under construction live on an explicit stack, so deep input
/// cannot overflow the call stack. A syntax error ends parsing at once
/// (recovery would guess); a repeated key is recorded and parsing goes on.
struct JSONParser {
  static let relatedPlaceholder = "{related}"

  /// A fatal syntax error, thrown to unwind out of the parse.
  private struct Failure: Error {}

  /// An array or object whose closing bracket has not been read yet.
  private struct Frame {
    var isObject: Bool
    var start: Int
    var elements: [JSONNode] = []
    var members: [JSONNodeMember] = []
    var pendingKey = ""
    var pendingKeyRange = 0..<0
    /// The index of each member name's first occurrence, built once an
    /// object grows past the size where a linear scan is cheaper.
    var keyIndices: [String: Int]? = nil
  }

  private static let keySetThreshold = 12

  let maximumDepth: Int
  private(set) var problems: [JSONProblem] = []
  private var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private var position = 0

  init(maximumDepth: Int) {
    self.maximumDepth = maximumDepth
  }

  /// Parses a whole document; returns `nil` after a syntax error.
  mutating func parse(_ input: UnsafeBufferPointer<UInt8>) -> JSONNode? {
    self.input = input
    self.position = 0
    defer { self.input = UnsafeBufferPointer(start: nil, count: 0) }

    do {
      try checkEncoding()
      skipWhitespace()
      guard position < input.count else {
        throw report(
          .jsonEmptyInput,
          "The input is empty. Write a JSON value such as {}.",
          at: position
        )
      }
      let root = try parseValueTree()
      skipWhitespace()
      if position < input.count {
        throw report(
          .jsonTrailingContent,
          "Unexpected \(describeCharacter(at: position)) after the end of the JSON value. "
            + "A document holds exactly one value, so remove the extra text or wrap the values in an array.",
          at: position
        )
      }
      return root
    } catch {
      return nil
    }
  }

  // MARK: - Encoding

  /// Skips a UTF-8 byte order mark with a warning and rejects UTF-16 and UTF-32 input.
  private mutating func checkEncoding() throws {
    if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
      problems.append(
        JSONProblem(
          severity: .warning,
          code: .jsonByteOrderMark,
          message: "The input starts with a UTF-8 byte order mark, which JSON text should not have. "
            + "Save the file as UTF-8 without BOM.",
          offset: 0
        )
      )
      position = 3
      return
    }
    let looksLikeUTF16 =
      (input.count >= 2 && ((input[0] == 0xFE && input[1] == 0xFF) || (input[0] == 0xFF && input[1] == 0xFE)))
      || (input.count >= 2 && (input[0] == 0 || input[1] == 0))
    if looksLikeUTF16 {
      throw report(.jsonNotUTF8, "The input is not UTF-8 (it looks like UTF-16 or UTF-32). Save it as UTF-8.", at: 0)
    }
  }

  // MARK: - Values

  /// Parses one value, iterating over nested containers with an explicit stack.
  private mutating func parseValueTree() throws -> JSONNode {
    var stack: [Frame] = []

    while true {
      skipWhitespace()
      guard position < input.count else {
        throw unexpectedEnd(expecting: "a value")
      }

      // Read a scalar, or open a container and continue with its first item.
      var completed: JSONNode
      let start = position
      switch input[position] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = input[position] == UInt8(ascii: "{")
        guard stack.count < maximumDepth else {
          throw report(
            .jsonTooDeep,
            "Arrays and objects are nested more than \(maximumDepth) levels deep. "
              + "Flatten the data or raise the reader's maximumDepth.",
            at: position
          )
        }
        position += 1
        skipWhitespace()
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if position < input.count, input[position] == closing {
          position += 1
          completed = JSONNode(kind: isObject ? .object([]) : .array([]), range: start..<position)
        } else {
          stack.append(Frame(isObject: isObject, start: start))
          if isObject {
            try readKeyAndColon(into: &stack[stack.count - 1])
          }
          continue
        }
      case UInt8(ascii: "\""):
        completed = JSONNode(kind: .string(try parseString()), range: start..<position)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        completed = JSONNode(kind: .number(try parseNumber()), range: start..<position)
      default:
        completed = JSONNode(kind: try parseLiteral(), range: start..<position)
      }

      // Add the value to its container; close every container that ends here.
      attaching: while true {
        guard !stack.isEmpty else { return completed }
        let top = stack.count - 1

        if stack[top].isObject {
          try appendMember(value: completed, to: &stack[top])
          skipWhitespace()
          guard position < input.count else { throw unexpectedEnd(expecting: "',' or '}'") }
          switch input[position] {
          case UInt8(ascii: ","):
            let comma = position
            position += 1
            skipWhitespace()
            if position < input.count, input[position] == UInt8(ascii: "}") {
              throw trailingComma(at: comma, closing: "}")
            }
            try readKeyAndColon(into: &stack[top])
            break attaching
          case UInt8(ascii: "}"):
            position += 1
            let frame = stack.removeLast()
            completed = JSONNode(kind: .object(frame.members), range: frame.start..<position)
          default:
            throw report(
              .jsonUnexpectedCharacter,
              "Expected ',' or '}' after the value of \"\(stack[top].members.last?.key ?? "")\", "
                + "found \(describeCharacter(at: position)). Separate members with commas.",
              at: position
            )
          }
        } else {
          stack[top].elements.append(completed)
          skipWhitespace()
          guard position < input.count else { throw unexpectedEnd(expecting: "',' or ']'") }
          switch input[position] {
          case UInt8(ascii: ","):
            let comma = position
            position += 1
            skipWhitespace()
            if position < input.count, input[position] == UInt8(ascii: "]") {
              throw trailingComma(at: comma, closing: "]")
            }
            break attaching
          case UInt8(ascii: "]"):
            position += 1
            let frame = stack.removeLast()
            completed = JSONNode(kind: .array(frame.elements), range: frame.start..<position)
          default:
            throw report(
              .jsonUnexpectedCharacter,
              "Expected ',' or ']' after an array element, found \(describeCharacter(at: position)). "
                + "Separate elements with commas.",
              at: position
            )
          }
        }
      }
    }
  }

  /// Reads `"name"` and `:` of the next object member into `frame`.
  private mutating func readKeyAndColon(into frame: inout Frame) throws {
    skipWhitespace()
    guard position < input.count else { throw unexpectedEnd(expecting: "a member name in double quotes") }
    let byte = input[position]
    if byte != UInt8(ascii: "\"") {
      if byte == UInt8(ascii: "'") {
        throw report(.jsonSingleQuote, "Member names must be in double quotes, not single quotes.", at: position)
      }
      if byte == UInt8(ascii: "/") {
        throw commentError()
      }
      if isWordByte(byte) {
        let word = readWord(from: position)
        throw report(
          .jsonUnquotedKey,
          "Member name \(word) is not quoted. Write \"\(word)\".",
          at: position
        )
      }
      throw report(
        .jsonUnexpectedCharacter,
        "Expected a member name in double quotes, found \(describeCharacter(at: position)).",
        at: position
      )
    }

    let keyStart = position
    frame.pendingKey = try parseString()
    frame.pendingKeyRange = keyStart..<position
    skipWhitespace()
    guard position < input.count else { throw unexpectedEnd(expecting: "':'") }
    guard input[position] == UInt8(ascii: ":") else {
      throw report(
        .jsonUnexpectedCharacter,
        "Expected ':' after the member name \"\(frame.pendingKey)\", found \(describeCharacter(at: position)).",
        at: position
      )
    }
    position += 1
  }

  /// Appends a member, reporting a repeated name (but keeping both members).
  private mutating func appendMember(value: JSONNode, to frame: inout Frame) throws {
    let key = frame.pendingKey
    let previous: JSONNodeMember?
    if frame.keyIndices != nil {
      // Mutating through the optional keeps the dictionary unique; copying it
      // out and back made every insertion copy it, so wide objects were quadratic.
      let index = frame.members.count
      let first = frame.keyIndices![key, default: index]
      if first == index {
        frame.keyIndices![key] = index
      }
      previous = first == index ? nil : frame.members[first]
    } else {
      previous = frame.members.first { $0.key == key }
      if frame.members.count + 1 >= Self.keySetThreshold {
        var indices: [String: Int] = [:]
        for (index, member) in frame.members.enumerated() where indices[member.key] == nil {
          indices[member.key] = index
        }
        if indices[key] == nil {
          indices[key] = frame.members.count
        }
        frame.keyIndices = indices
      }
    }

    if let previous {
      problems.append(
        JSONProblem(
          severity: .error,
          code: .jsonDuplicateKey,
          message: "Duplicate key \"\(key)\". It first appears at \(Self.relatedPlaceholder), "
            + "and readers disagree on which value wins, so keep only one.",
          offset: frame.pendingKeyRange.lowerBound,
          relatedOffset: previous.keyRange.lowerBound,
          pointer: nil
        )
      )
    }
    frame.members.append(JSONNodeMember(key: key, keyRange: frame.pendingKeyRange, value: value))
  }

  // MARK: - Scalars

  /// Parses `true`, `false` or `null`, and explains the words people write instead.
  private mutating func parseLiteral() throws -> JSONNode.Kind {
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
  private mutating func parseNumber() throws -> JSONNumber {
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

  private mutating func invalidNumber(from start: Int) -> Failure {
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
  private mutating func parseString() throws -> String {
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
        let name = byte == 0x0A ? "A line break" : byte == 0x09 ? "A tab" : "Control character U+\(hex4(UInt32(byte)))"
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
  private mutating func parseEscape(into output: inout [UInt8]) throws {
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
  private mutating func readHexUnit(escapeStart: Int) throws -> UInt32 {
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

  private mutating func unpairedSurrogate(_ unit: UInt32, at offset: Int) -> Failure {
    report(
      .jsonUnpairedSurrogate,
      "\\u\(hex4(unit)) is half of a UTF-16 surrogate pair without its other half. "
        + "Escape the whole character as a pair, as in \\ud83d\\ude00, or write it as UTF-8.",
      at: offset
    )
  }

  /// Validates one multi-byte UTF-8 sequence (Unicode Table 3-7) and steps over it.
  private mutating func skipUTF8Sequence() throws {
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

  private mutating func invalidUTF8(at offset: Int) -> Failure {
    report(
      .jsonInvalidUTF8,
      "Invalid UTF-8 byte 0x\(hex2(input[offset])). Save the file as UTF-8.",
      at: offset
    )
  }

  // MARK: - Helpers

  private mutating func skipWhitespace() {
    while position < input.count {
      switch input[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }

  /// Reads the word starting at `start` for a message, at most 40 bytes.
  private func readWord(from start: Int, allowingNumberPunctuation: Bool = false) -> String {
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
  private func describeCharacter(at offset: Int) -> String {
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

  private mutating func commentError() -> Failure {
    report(.jsonComment, "Comments are not allowed in JSON. Remove the comment.", at: position)
  }

  private mutating func trailingComma(at offset: Int, closing: String) -> Failure {
    report(
      .jsonTrailingComma,
      "Trailing comma before '\(closing)'. Remove the comma.",
      at: offset
    )
  }

  private mutating func unexpectedEnd(expecting expected: String) -> Failure {
    report(
      .jsonUnexpectedEnd,
      "Unexpected end of input: expected \(expected). The document looks cut short.",
      at: position
    )
  }

  private func escapeSuggestion(for byte: UInt8) -> String {
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
  private mutating func report(_ code: DiagnosticCode, _ message: String, at offset: Int) -> Failure {
    problems.append(JSONProblem(severity: .error, code: code, message: message, offset: offset))
    return Failure()
  }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
  default: nil
  }
}

private func hex2(_ byte: UInt8) -> String {
  let text = String(byte, radix: 16, uppercase: true)
  return text.count == 1 ? "0" + text : text
}

private func hex4(_ value: UInt32) -> String {
  let text = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
