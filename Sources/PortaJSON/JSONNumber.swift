/// A JSON number that keeps its exact text.
///
/// `12345678901234567890` and `0.1` survive a read and a write unchanged because
/// the number is stored as written, never as a `Double`. Conversions to Swift
/// numbers are offered where they are exact or clearly approximate.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
  /// The number's text exactly as written in the document, for example `1e5`.
  public let text: String

  /// Creates a number from its text.
  ///
  /// - Parameter text: A number in RFC 8259 grammar: an optional `-`, an
  ///   integer part without leading zeros, an optional fraction and an optional
  ///   exponent.
  /// - Returns: `nil` when `text` is not a valid JSON number.
  /// - Complexity: O(n) in the length of `text`.
  public init?(text: String) {
    let bytes = Array(text.utf8)
    guard JSONNumber.grammarEnd(of: bytes, from: 0) == bytes.count, !bytes.isEmpty else { return nil }
    self.text = text
  }

  /// Creates a number from an integer.
  ///
  /// - Parameter value: The integer to store.
  public init(_ value: Int) {
    self.text = String(value)
  }

  /// Creates a number from text the reader has already checked.
  init(uncheckedText text: String) {
    self.text = text
  }

  /// The number's text.
  public var description: String { text }

  /// Whether the text has neither a fraction nor an exponent.
  public var isInteger: Bool {
    !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
  }

  /// The exact value when the text is an integer that fits in `Int64`, otherwise `nil`.
  public var int64Value: Int64? {
    isInteger ? Int64(text) : nil
  }

  /// The nearest `Double`; huge exponents give `±infinity` and tiny ones `0`.
  public var doubleValue: Double {
    Double(text) ?? .nan
  }

  /// Returns the index one past the end of the number that starts at `start`,
  /// or `nil` when the bytes there do not follow the RFC 8259 number grammar.
  ///
  /// Scanning stops at the first byte that cannot continue the number, so the
  /// caller decides whether what follows is allowed.
  static func grammarEnd(of bytes: some RandomAccessCollection<UInt8>, from start: Int) -> Int? {
    var index = start
    let end = bytes.count
    func byte(_ position: Int) -> UInt8? {
      position < end ? bytes[bytes.index(bytes.startIndex, offsetBy: position)] : nil
    }
    func isDigit(_ value: UInt8?) -> Bool {
      guard let value else { return false }
      return value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9")
    }

    if byte(index) == UInt8(ascii: "-") { index += 1 }
    guard isDigit(byte(index)) else { return nil }
    if byte(index) == UInt8(ascii: "0") {
      index += 1
    } else {
      while isDigit(byte(index)) { index += 1 }
    }
    if byte(index) == UInt8(ascii: ".") {
      index += 1
      guard isDigit(byte(index)) else { return nil }
      while isDigit(byte(index)) { index += 1 }
    }
    if byte(index) == UInt8(ascii: "e") || byte(index) == UInt8(ascii: "E") {
      index += 1
      if byte(index) == UInt8(ascii: "+") || byte(index) == UInt8(ascii: "-") { index += 1 }
      guard isDigit(byte(index)) else { return nil }
      while isDigit(byte(index)) { index += 1 }
    }
    return index
  }
}
