/// Percent-encoding (RFC 3986, section 2.1) over UTF-8 bytes, for path segments.
///
/// Decoding works on borrowed buffers so the matcher never allocates for it;
/// encoding builds strings and is used only when a path is built.
enum PercentEncoding {
  /// Returns whether `byte` may appear unencoded in a path segment.
  ///
  /// These are RFC 3986 `pchar` without `%`: unreserved characters,
  /// sub-delimiters, `:` and `@`.
  static func isSegmentCharacter(_ byte: UInt8) -> Bool {
    segmentCharacterTable[Int(byte)]
  }

  private static let segmentCharacterTable: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
    for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
    for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
    for scalar in "-._~!$&'()*+,;=:@".unicodeScalars { table[Int(scalar.value)] = true }
    return table
  }()

  /// Returns the value of an ASCII hexadecimal digit, or `nil` for any other byte.
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Decodes `source` into `destination`, which must hold at least `source.count` bytes.
  ///
  /// - Returns: The number of decoded bytes, or `nil` when a `%` is not followed
  ///   by two hexadecimal digits or the decoded bytes are not valid UTF-8.
  static func decode(
    _ source: UnsafeBufferPointer<UInt8>,
    into destination: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    var read = 0
    var written = 0
    while read < source.count {
      let byte = source[read]
      if byte == UInt8(ascii: "%") {
        guard read + 2 < source.count,
          let high = hexValue(source[read + 1]), let low = hexValue(source[read + 2])
        else { return nil }
        destination[written] = high << 4 | low
        read += 3
      } else {
        destination[written] = byte
        read += 1
      }
      written += 1
    }
    guard isValidUTF8(UnsafeBufferPointer(rebasing: destination[0..<written])) else { return nil }
    return written
  }

  /// Decodes a segment into a string.
  ///
  /// - Returns: The decoded text, or `nil` for invalid percent-encoding or invalid UTF-8.
  static func decodeToString(_ source: UnsafeBufferPointer<UInt8>) -> String? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(source.count, 1)) { buffer in
      guard let count = decode(source, into: buffer) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
    }
  }

  /// Returns whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lowest = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; highest = 0x9F
      case 0xF0: length = 4; lowest = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; highest = 0x8F
      default: return false
      }
      guard index + length <= bytes.count else { return false }
      let second = bytes[index + 1]
      guard second >= lowest, second <= highest else { return false }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
        return false
      }
      index += length
    }
    return true
  }

  /// Percent-encodes every byte of `text` that is not a segment character, including `/` and `%`.
  ///
  /// With `escapingDotSegments`, a value that is exactly `.` or `..` has its
  /// dots encoded too, because browsers and servers remove such dot segments
  /// from paths.
  static func encode(_ text: String, escapingDotSegments: Bool = true) -> String {
    if escapingDotSegments, text == "." || text == ".." {
      return String(repeating: "%2E", count: text.utf8.count)
    }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isSegmentCharacter(byte) {
        output.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        appendEscape(byte, to: &output)
      }
    }
    return output
  }

  /// Appends `%XX` for `byte`, with upper-case hexadecimal digits as RFC 3986 recommends.
  static func appendEscape(_ byte: UInt8, to output: inout String) {
    let digits = Array("0123456789ABCDEF".unicodeScalars)
    output.unicodeScalars.append("%")
    output.unicodeScalars.append(digits[Int(byte >> 4)])
    output.unicodeScalars.append(digits[Int(byte & 0x0F)])
  }
}
