/// The linkLabel rules: visible text on one line, short, without markup.
enum LinkLabelRule {
  /// Checks a linkLabel.
  ///
  /// An empty label (after trimming whitespace, or made only of invisible
  /// format characters such as U+200B) is an error and ends the check.
  /// Otherwise a line break, a control character or a bidirectional
  /// embedding, override or isolate character is an error, and
  /// surrounding whitespace, an HTML tag or character reference (`<b>`,
  /// `&amp;`) and more than `maximumLength` characters are warnings.
  ///
  /// - Parameters:
  ///   - label: The linkLabel, unescaped.
  ///   - written: Its JSON text for messages.
  ///   - maximumLength: The longest label, in characters (grapheme clusters), before a warning.
  /// - Returns: Every problem found.
  /// - Complexity: O(n) in the length of `label`.
  static func check(_ label: String, written: String, maximumLength: Int) -> [RuleFinding] {
    let trimmed = label.trimmingWhitespace()
    // Zero-width characters (format characters such as U+200B) alone make an invisible link.
    let isInvisible = label.unicodeScalars.allSatisfy {
      $0.properties.isWhitespace || $0.properties.generalCategory == .format
    }
    guard !trimmed.isEmpty, !isInvisible else {
      return [RuleFinding(problem: .emptyLinkLabel(written: written))]
    }

    var findings: [RuleFinding] = []
    let scalars = Array(label.unicodeScalars)
    if let offset = scalars.firstIndex(where: isControlOrLineBreak) {
      let scalar = scalars[offset]
      let reason =
        isLineBreak(scalar)
        ? "it contains a line break"
        : isBidirectionalControl(scalar)
          ? "it contains the bidirectional control character U+\(hex(scalar.value)), "
            + "which can make the label display differently from its text"
          : "it contains control character U+\(hex(scalar.value))"
      findings.append(RuleFinding(problem: .invalidLinkLabel(written: written, reason: reason), scalarOffset: offset))
    }
    if trimmed != label {
      let offset = scalars.first?.properties.isWhitespace == true ? 0 : scalars.count - 1
      findings.append(
        RuleFinding(problem: .linkLabelWhitespace(written: written, trimmed: trimmed), scalarOffset: offset))
    }
    if let markup = firstMarkup(in: scalars) {
      let plain = removingMarkup(from: trimmed)
      let problem = ManifestProblem.linkLabelMarkup(
        written: written, markup: markup.text, plain: plain == trimmed ? nil : plain)
      findings.append(RuleFinding(problem: problem, scalarOffset: markup.offset))
    }
    let length = trimmed.count
    if length > maximumLength {
      let problem = ManifestProblem.longLinkLabel(written: written, length: length, maximum: maximumLength)
      findings.append(RuleFinding(problem: problem))
    }
    return findings
  }

  /// Finds the first tag (`<b>`, `</i>`, `<br/>`, `<!-- -->`) or character reference (`&amp;`, `&#38;`).
  static func firstMarkup(in scalars: [Unicode.Scalar]) -> (text: String, offset: Int)? {
    var closing = 0
    for index in scalars.indices {
      if scalars[index] == "<", let end = tagEnd(in: scalars, from: index, closing: &closing) {
        return (String(String.UnicodeScalarView(scalars[index...end])), index)
      }
      if scalars[index] == "&", let end = referenceEnd(in: scalars, from: index) {
        return (String(String.UnicodeScalarView(scalars[index...end])), index)
      }
    }
    return nil
  }

  /// Returns the label with every tag removed and the XML character references
  /// (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#38;`, `&#x26;`) decoded;
  /// other named references stay, because decoding them would need HTML's table.
  static func removingMarkup(from label: String) -> String {
    let scalars = Array(label.unicodeScalars)
    var output = String.UnicodeScalarView()
    var closing = 0
    var index = 0
    while index < scalars.count {
      if scalars[index] == "<", let end = tagEnd(in: scalars, from: index, closing: &closing) {
        index = end + 1
        continue
      }
      if scalars[index] == "&", let end = referenceEnd(in: scalars, from: index),
        let decoded = decodeReference(String(String.UnicodeScalarView(scalars[(index + 1)..<end])))
      {
        output.append(decoded)
        index = end + 1
        continue
      }
      output.append(scalars[index])
      index += 1
    }
    return String(output).trimmingWhitespace()
  }

  /// Decodes the body of a character reference (between `&` and `;`), or returns `nil`.
  private static func decodeReference(_ body: String) -> Unicode.Scalar? {
    switch body {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    guard body.hasPrefix("#") else { return nil }
    let digits = body.dropFirst()
    let value =
      digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    return value.flatMap(Unicode.Scalar.init)
  }

  /// Returns the index of the `>` that closes a tag opened at `start`, when `<` is followed by a letter, `/` or `!`.
  ///
  /// Callers pass increasing `start` values and keep `closing` between calls,
  /// so the search for `>` only moves forward and a label full of unclosed
  /// `<a` costs O(n) in all, not O(n²).
  private static func tagEnd(in scalars: [Unicode.Scalar], from start: Int, closing: inout Int) -> Int? {
    guard start + 1 < scalars.count else { return nil }
    let next = scalars[start + 1]
    guard next == "/" || next == "!" || (next.isASCII && next.properties.isAlphabetic) else { return nil }
    closing = max(closing, start + 1)
    while closing < scalars.count, scalars[closing] != ">" {
      closing += 1
    }
    return closing < scalars.count ? closing : nil
  }

  /// Returns the index of the `;` that ends a reference such as `&amp;` or `&#x26;` opened at `start`.
  private static func referenceEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    if index < scalars.count, scalars[index] == "#" { index += 1 }
    let nameStart = index
    while index < scalars.count, index - nameStart < 32, scalars[index].isASCII,
      scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
    {
      index += 1
    }
    guard index > nameStart, index < scalars.count, scalars[index] == ";" else { return nil }
    return index
  }

  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  private static func isControlOrLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    isLineBreak(scalar) || scalar.properties.generalCategory == .control || isBidirectionalControl(scalar)
  }

  /// Returns whether `scalar` is an embedding, override or isolate control (U+202A to U+202E,
  /// U+2066 to U+2069), which reorders the text around it on screen.
  private static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
