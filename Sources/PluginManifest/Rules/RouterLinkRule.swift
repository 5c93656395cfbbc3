import Foundation

/// The routerLink rules: a relative path of one or more literal URL path segments.
///
/// A segment contains only URL path characters (RFC 3986 `pchar`: letters,
/// digits, `-._~!$&'()+,;=:@` and `%XX` escapes), with three exceptions. A
/// colon in the first segment would read as a scheme (`javascript:`), a
/// segment cannot start with `:` (a route parameter), and `*` is a route
/// wildcard. Empty, `.` and `..` segments, `?`, `#`, `\`, whitespace, control
/// characters and non-ASCII characters are rejected. One leading `/` is a warning.
enum RouterLinkRule {
  /// Checks a routerLink.
  ///
  /// - Parameters:
  ///   - link: The routerLink, unescaped.
  ///   - written: Its JSON text for messages.
  /// - Returns: At most one error (the first faulty character) and the leading-slash warning.
  /// - Complexity: O(n) in the length of `link`.
  static func check(_ link: String, written: String) -> [RuleFinding] {
    var findings: [RuleFinding] = []
    let scalars = Array(link.unicodeScalars)
    guard !scalars.isEmpty else {
      return [RuleFinding(problem: .invalidRouterLink(written: written, reason: "it is empty", fix: nil))]
    }

    var start = 0
    if scalars[0] == "/" {
      start = 1
      let fixed = String(String.UnicodeScalarView(scalars[1...]))
      findings.append(RuleFinding(problem: .routerLinkLeadingSlash(written: written, fixed: fixed), scalarOffset: 0))
    }
    guard start < scalars.count else {
      let problem = ManifestProblem.invalidRouterLink(written: written, reason: "it has no segments", fix: nil)
      return [RuleFinding(problem: problem, scalarOffset: 0)]
    }

    if let (reason, offset, fix) = firstFault(in: scalars, from: start) ?? encodingFault(in: scalars) {
      let problem = ManifestProblem.invalidRouterLink(written: written, reason: reason, fix: fix)
      findings.append(RuleFinding(problem: problem, scalarOffset: offset))
    }
    return findings
  }

  /// Returns a fault when the well-formed `%XX` escapes decode to bytes that are not UTF-8, such as `%AC` alone.
  private static func encodingFault(in scalars: [Unicode.Scalar]) -> (reason: String, offset: Int, fix: String?)? {
    guard let firstEscape = scalars.firstIndex(of: "%") else { return nil }
    var bytes: [UInt8] = []
    var index = 0
    while index < scalars.count {
      if scalars[index] == "%", index + 2 < scalars.count,
        let byte = UInt8(String(String.UnicodeScalarView(scalars[(index + 1)...(index + 2)])), radix: 16)
      {
        bytes.append(byte)
        index += 3
      } else {
        bytes.append(UInt8(truncatingIfNeeded: scalars[index].value))
        index += 1
      }
    }
    guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
    return ("its percent-encoded bytes are not valid UTF-8", firstEscape, nil)
  }

  /// Returns the first fault after `start`: the reason, its scalar offset and an obvious fix.
  private static func firstFault(
    in scalars: [Unicode.Scalar],
    from start: Int
  ) -> (reason: String, offset: Int, fix: String?)? {
    func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
    var segmentStart = start

    for index in start...scalars.count {
      // At a `/` or the end, check the segment that ends here.
      if index == scalars.count || scalars[index] == "/" {
        if let fault = segmentFault(scalars, segmentStart..<index, isLast: index == scalars.count, start: start) {
          return fault
        }
        segmentStart = index + 1
        continue
      }

      let scalar = scalars[index]
      if scalar == ":", index == segmentStart {
        let end = scalars[index...].firstIndex(of: "/") ?? scalars.count
        let reason = "segment \"\(text(index..<end))\" is a route parameter, but a routerLink has only literal segments"
        return (reason, index, nil)
      }
      if let reason = characterFault(scalar, scalars: scalars, at: index, isFirstSegment: segmentStart == start) {
        let fix = characterFix(for: scalar, in: scalars, at: index, start: start)
        // A scheme is reported where it starts, not at its colon.
        let offset = scalar == ":" ? start : index
        return (reason, offset, fix)
      }
    }
    return nil
  }

  /// Returns the link with the fault at `index` repaired, when one repair is obvious.
  private static func characterFix(
    for scalar: Unicode.Scalar,
    in scalars: [Unicode.Scalar],
    at index: Int,
    start: Int
  ) -> String? {
    let link = Array(scalars[start...])
    switch scalar {
    case "?", "#":
      return index > start ? String(String.UnicodeScalarView(scalars[start..<index])) : nil
    case "\\":
      let repaired = link.map { $0 == "\\" ? "/" : $0 }
      return check(String(String.UnicodeScalarView(repaired)), written: "").isEmpty
        ? String(String.UnicodeScalarView(repaired)) : nil
    default:
      break
    }
    let text = String(String.UnicodeScalarView(link))
    let candidate: String
    if scalar.properties.isWhitespace {
      candidate = text.trimmingWhitespace()
    } else if !scalar.isASCII && scalar.properties.generalCategory != .control {
      candidate = link.map { $0.isASCII ? String($0) : String($0).utf8.map { "%" + hex($0) }.joined() }.joined()
    } else {
      return nil
    }
    // Offer the repair only when it leaves nothing else to fix.
    return !candidate.isEmpty && candidate != text && check(candidate, written: "").isEmpty ? candidate : nil
  }

  /// Returns why `scalar` at `index` is not allowed, or `nil` when it is.
  private static func characterFault(
    _ scalar: Unicode.Scalar,
    scalars: [Unicode.Scalar],
    at index: Int,
    isFirstSegment: Bool
  ) -> String? {
    switch scalar {
    case "?":
      return "it contains a query string starting at \"?\""
    case "#":
      return "it contains a fragment starting at \"#\""
    case "\\":
      return "it contains a backslash, but only \"/\" separates segments"
    case "*":
      return "\"*\" is a route wildcard, not a path character"
    case "%":
      let isEscape =
        index + 2 < scalars.count && isHexDigit(scalars[index + 1]) && isHexDigit(scalars[index + 2])
      return isEscape ? nil : "\"%\" must start a percent-encoded byte such as %20"
    case ":":
      guard isFirstSegment else { return nil }
      let scheme = String(String.UnicodeScalarView(scalars[..<(index + 1)])).trimmingPrefix("/")
      return "it starts with the scheme \"\(scheme)\", so it would leave PortaBilling"
    default:
      break
    }
    if scalar.properties.generalCategory == .control {
      return "it contains control character U+\(hex(scalar.value))"
    }
    if scalar.properties.isWhitespace {
      return scalar == " " ? "it contains a space" : "it contains whitespace U+\(hex(scalar.value))"
    }
    if !scalar.isASCII {
      let escaped = String(scalar).utf8.map { "%" + hex($0) }.joined()
      return "character \"\(scalar)\" is not allowed in a URL path unless percent-encoded as \(escaped)"
    }
    if !isPathCharacter(UInt8(scalar.value)) {
      return "character \"\(scalar)\" is not allowed in a URL path"
    }
    return nil
  }

  /// Returns why the segment in `range` is not allowed, or `nil` when it is.
  private static func segmentFault(
    _ scalars: [Unicode.Scalar],
    _ range: Range<Int>,
    isLast: Bool,
    start: Int
  ) -> (reason: String, offset: Int, fix: String?)? {
    // Compare dot segments after decoding: browsers treat "%2E%2E" like "..".
    let written = String(String.UnicodeScalarView(scalars[range]))
    let segment = written.count <= 6 ? (written.removingPercentEncoding ?? written) : written
    let withoutSegment = {
      var remaining = Array(scalars[start...])
      remaining.removeSubrange((range.lowerBound - start)..<min(range.upperBound - start + 1, remaining.count))
      while remaining.last == "/" { remaining.removeLast() }
      return remaining.isEmpty ? nil : String(String.UnicodeScalarView(remaining))
    }
    switch segment {
    case "":
      if isLast {
        return ("it ends with \"/\"", range.lowerBound - 1, withoutSegment())
      }
      return ("it has an empty segment (\"//\")", range.lowerBound, withoutSegment())
    case ".":
      return ("segment \"\(written)\" is not allowed in a plug-in path", range.lowerBound, nil)
    case "..":
      return ("segment \"\(written)\" would leave the host panel", range.lowerBound, nil)
    default:
      return nil
    }
  }

  private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && scalar.properties.isASCIIHexDigit
  }

  /// Returns whether `byte` is an RFC 3986 `pchar` other than `%`: unreserved, sub-delims, `:` or `@`.
  private static func isPathCharacter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return "-._~!$&'()+,;=:@".utf8.contains(byte)
    }
  }

  private static func hex<Value: BinaryInteger>(_ value: Value) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    let width = Value.self == UInt8.self ? 2 : 4
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension String {
  /// Returns the string without one leading `prefix`.
  fileprivate func trimmingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
