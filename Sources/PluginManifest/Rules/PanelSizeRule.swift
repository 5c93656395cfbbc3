import PortaJSON

/// The panelSize rule: a positive whole number, written as a number or as a string of digits.
enum PanelSizeRule {
  /// Reads a panelSize value.
  ///
  /// A JSON number must be an integer written without fraction or exponent.
  /// A string must contain only decimal digits with no leading zero, because
  /// the PortaBilling documentation prints `"1"`. The value must be at least 1
  /// and fit in `Int`.
  ///
  /// - Parameters:
  ///   - value: The member's value.
  ///   - written: The value's JSON text for the message.
  /// - Returns: The size, or the ``ManifestProblem/invalidPanelSize(written:fix:)`` problem.
  static func size(of value: JSONValue, written: String) -> Result<Int, ManifestProblem> {
    switch value {
    case .number(let number):
      return size(ofDigits: number.text, written: written)
    case .string(let string):
      return size(ofDigits: string, written: written)
    default:
      return .failure(.invalidPanelSize(written: written, fix: nil))
    }
  }

  /// Reads `text` as a positive integer without sign, fraction, exponent or leading zero.
  private static func size(ofDigits text: String, written: String) -> Result<Int, ManifestProblem> {
    let isPlainDigits = !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    if isPlainDigits, text.utf8.first != UInt8(ascii: "0"), let size = Int(text) {
      return .success(size)
    }
    return .failure(.invalidPanelSize(written: written, fix: wholeNumber(equalTo: text)))
  }

  /// Returns the plain digits of a positive whole number written another way
  /// (`2.0`, `1e1`, `02`, `" 3 "`), or `nil` when `text` is no such number.
  private static func wholeNumber(equalTo text: String) -> String? {
    let trimmed = text.trimmingWhitespace()
    guard let number = JSONNumber(text: trimmed) ?? JSONNumber(text: trimmed.strippingLeadingZeros()) else {
      return nil
    }
    let value = number.doubleValue
    guard value >= 1, value <= 1_000_000, value.rounded() == value else { return nil }
    return String(Int(value))
  }
}

extension String {
  /// Returns the string without leading and trailing Unicode whitespace, line breaks included.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Returns the string without leading `0` digits, keeping one digit before a `.` or the end.
  fileprivate func strippingLeadingZeros() -> String {
    var text = Substring(self)
    while text.count > 1, text.hasPrefix("0"), let next = text.dropFirst().first, next.isNumber {
      text = text.dropFirst()
    }
    return String(text)
  }
}
