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
  struct Failure: Error {}

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
  var problems: [JSONProblem] = []
  var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  var position = 0

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
}
