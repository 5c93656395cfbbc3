import PortaJSON

/// Builds the short JSON text that messages print for a value.
enum JSONText {
  /// The most Unicode scalars of a value printed in a message before it is cut with `…`.
  static let maximumShownLength = 60

  /// Returns `string` as a JSON string literal, shortened with `…` when long.
  static func quoted(_ string: String) -> String {
    let scalars = string.unicodeScalars
    guard scalars.count > maximumShownLength else { return JSONWriter.quoted(string) }
    let head = String(String.UnicodeScalarView(scalars.prefix(maximumShownLength - 1)))
    return JSONWriter.quoted(head + "…")
  }

  /// Returns the source text of `range` in `bytes`, shortened with `…` when long.
  static func source(_ bytes: [UInt8], range: Range<Int>) -> String {
    guard range.count > maximumShownLength else {
      return String(decoding: bytes[range], as: UTF8.self)
    }
    // Cut at the start of a UTF-8 sequence so no character is split.
    var end = range.lowerBound + maximumShownLength - 1
    while end > range.lowerBound, bytes[end] & 0xC0 == 0x80 {
      end -= 1
    }
    // A cut string keeps its closing quote, as ``quoted(_:)`` does.
    let isString = bytes[range.lowerBound] == UInt8(ascii: "\"")
    return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self) + (isString ? "…\"" : "…")
  }

  /// Returns the compact JSON text of `value`, shortened with `…` when long.
  static func written(_ value: JSONValue) -> String {
    let text = JSONWriter.string(value)
    let scalars = text.unicodeScalars
    guard scalars.count > maximumShownLength else { return text }
    return String(String.UnicodeScalarView(scalars.prefix(maximumShownLength - 1))) + "…"
  }
}
