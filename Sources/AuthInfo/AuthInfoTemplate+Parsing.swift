import PortaDiagnostics
import PortaJSON

extension AuthInfoTemplate {
  /// A placeholder found by the scanner, with its byte range in the template.
  struct ScannedPlaceholder {
    var text: String
    var range: Range<Int>
  }

  /// The result of scanning a template: its segments and where each placeholder is.
  struct Scan {
    var segments: [Segment]
    var placeholders: [ScannedPlaceholder]
  }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")
  private static let openingBrace = UInt8(ascii: "{")
  private static let closingBrace = UInt8(ascii: "}")

  /// Splits the template into literal text and placeholders, tracking whether each
  /// byte is inside a JSON string so that placeholders are recognized only there.
  static func scan(_ bytes: [UInt8]) throws(AuthInfoTemplateError) -> Scan {
    let locator = SourceLocator(bytes)
    var segments: [Segment] = []
    var placeholders: [ScannedPlaceholder] = []
    var literalStart = 0
    var isInString = false
    var index = 0

    func isPair(_ byte: UInt8, at position: Int) -> Bool {
      position + 1 < bytes.count && bytes[position] == byte && bytes[position + 1] == byte
    }

    while index < bytes.count {
      let byte = bytes[index]

      // Outside strings, `{{` can only be a misplaced placeholder: two opening
      // braces in a row are never valid JSON there.
      guard isInString else {
        if isPair(openingBrace, at: index) {
          let end = closingPairEnd(in: bytes, from: index + 2, stoppingAtQuote: false) ?? bytes.count
          let text = String(decoding: bytes[index..<end], as: UTF8.self)
          throw .placeholderOutsideString(text: text, location: locator.location(ofOffset: index))
        }
        isInString = byte == quote
        index += 1
        continue
      }

      if byte == backslash {
        // Skip the escaped byte; `\u` digits are hex and never a quote or a brace.
        index += 2
      } else if byte == quote {
        isInString = false
        index += 1
      } else if isPair(closingBrace, at: index) {
        throw .unbalancedBraces(text: "}}", location: locator.location(ofOffset: index))
      } else if isPair(openingBrace, at: index) {
        guard let end = closingPairEnd(in: bytes, from: index + 2, stoppingAtQuote: true) else {
          let stop = bytes[index...].firstIndex(of: quote) ?? bytes.count
          let text = String(decoding: bytes[index..<stop], as: UTF8.self)
          throw .unbalancedBraces(text: text, location: locator.location(ofOffset: index))
        }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        let location = locator.location(ofOffset: index)
        let name = try placeholderName(in: bytes[(index + 2)..<(end - 2)], text: text, location: location)

        if literalStart < index {
          segments.append(.literal(String(decoding: bytes[literalStart..<index], as: UTF8.self)))
        }
        segments.append(.placeholder(name: name, location: location))
        placeholders.append(ScannedPlaceholder(text: text, range: index..<end))
        index = end
        literalStart = end
      } else {
        index += 1
      }
    }

    if literalStart < bytes.count {
      segments.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self)))
    }
    return Scan(segments: segments, placeholders: placeholders)
  }

  /// Returns the offset just past the first `}}` at or after `start`, or `nil` when
  /// there is none before the end of the input (or the next quote, when asked).
  private static func closingPairEnd(in bytes: [UInt8], from start: Int, stoppingAtQuote: Bool) -> Int? {
    var index = start
    while index + 1 < bytes.count {
      if stoppingAtQuote && bytes[index] == quote {
        return nil
      }
      if bytes[index] == closingBrace && bytes[index + 1] == closingBrace {
        return index + 2
      }
      index += 1
    }
    return nil
  }

  /// Returns the placeholder name between the braces, without surrounding spaces.
  private static func placeholderName(
    in content: ArraySlice<UInt8>,
    text: String,
    location: SourceLocation
  ) throws(AuthInfoTemplateError) -> String {
    let space = UInt8(ascii: " ")
    let trimmed = content.drop { $0 == space }.reversed().drop { $0 == space }.reversed()
    let isValid =
      !trimmed.isEmpty
      && trimmed.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
          true
        default:
          false
        }
      }
    guard isValid else {
      throw .invalidPlaceholder(text: text, location: location)
    }
    return String(decoding: trimmed, as: UTF8.self)
  }

  /// Checks that the template, with every placeholder taken as empty text, is one
  /// JSON object without repeated keys and with no placeholder in a key.
  ///
  /// Each placeholder is replaced by as many `x` bytes as it is long, so the JSON
  /// reader's offsets stay offsets in the template.
  static func checkStructure(
    _ bytes: [UInt8],
    placeholders: [ScannedPlaceholder]
  ) throws(AuthInfoTemplateError) {
    var probe = bytes
    for placeholder in placeholders {
      probe.replaceSubrange(placeholder.range, with: repeatElement(UInt8(ascii: "x"), count: placeholder.range.count))
    }

    let result = JSONReader().read(probe)
    if let error = result.diagnostics.first(where: { $0.severity == .error }) {
      throw .invalidJSON(message: error.message, location: error.location)
    }
    guard let root = result.root, case .object = root.kind else {
      throw .templateNotAnObject(found: result.root?.typeName ?? "nothing")
    }

    // Walk every object and reject a placeholder that falls inside a key.
    var stack = [root]
    while let node = stack.popLast() {
      switch node.kind {
      case .object(let members):
        for member in members {
          if let placeholder = placeholders.first(where: { member.keyRange.contains($0.range.lowerBound) }) {
            let location = result.location(ofOffset: placeholder.range.lowerBound)
            throw .placeholderInKey(text: placeholder.text, location: location)
          }
          stack.append(member.value)
        }
      case .array(let elements):
        stack.append(contentsOf: elements)
      default:
        break
      }
    }
  }
}
