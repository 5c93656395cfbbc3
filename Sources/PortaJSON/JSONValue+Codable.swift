import Foundation

/// A coding key for any member name.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension JSONValue: Codable {
  /// Decodes any JSON value from a decoder such as `JSONDecoder`.
  ///
  /// `JSONReader` keeps member order and number text exactly. Through
  /// `JSONDecoder` the result is as exact as that decoder allows. Foundation
  /// does not report member order, so members are sorted by name (by their
  /// UTF-8 bytes), which makes the result the same on every run. A number's
  /// text is rebuilt from `Int64`, `UInt64`, `Decimal` or `Double`, in that
  /// order of preference, so `12345678901234567890` and `0.1` still come back
  /// unchanged.
  ///
  /// - Throws: `DecodingError.dataCorrupted` when the value matches no JSON type.
  public init(from decoder: any Decoder) throws {
    if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
      var members: [JSONMember] = []
      // allKeys comes in hash order, which changes between runs; sorting makes it stable.
      for key in object.allKeys.sorted(by: {
        Array($0.stringValue.utf8).lexicographicallyPrecedes(Array($1.stringValue.utf8))
      }) {
        members.append(JSONMember(key: key.stringValue, value: try object.decode(JSONValue.self, forKey: key)))
      }
      self = .object(JSONObject(members))
      return
    }
    if var array = try? decoder.unkeyedContainer() {
      var elements: [JSONValue] = []
      while !array.isAtEnd {
        elements.append(try array.decode(JSONValue.self))
      }
      self = .array(elements)
      return
    }

    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let bool = try? single.decode(Bool.self) {
      self = .bool(bool)
    } else if let string = try? single.decode(String.self) {
      self = .string(string)
    } else if let integer = try? single.decode(Int64.self) {
      self = .number(JSONNumber(uncheckedText: String(integer)))
    } else if let unsigned = try? single.decode(UInt64.self) {
      self = .number(JSONNumber(uncheckedText: String(unsigned)))
    } else if let decimal = try? single.decode(Decimal.self), decimal.isFinite,
      let number = JSONNumber(text: "\(decimal)")
    {
      self = .number(number)
    } else if let double = try? single.decode(Double.self), double.isFinite,
      let number = JSONNumber(text: "\(double)")
    {
      self = .number(number)
    } else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "Expected a JSON value (null, boolean, number, string, array or object)."
        )
      )
    }
  }

  /// Encodes the value with any encoder such as `JSONEncoder`.
  ///
  /// Member order is kept when the encoder keeps insertion order. A number
  /// is written as `Int64`, `UInt64` or `Decimal` when its text converts
  /// exactly, otherwise as the nearest `Double`; `JSONWriter` always writes
  /// the text unchanged.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var single = encoder.singleValueContainer()
      try single.encodeNil()
    case .bool(let bool):
      var single = encoder.singleValueContainer()
      try single.encode(bool)
    case .string(let string):
      var single = encoder.singleValueContainer()
      try single.encode(string)
    case .number(let number):
      var single = encoder.singleValueContainer()
      if let integer = number.int64Value {
        try single.encode(integer)
      } else if number.isInteger, let unsigned = UInt64(number.text) {
        try single.encode(unsigned)
      } else if let decimal = Decimal(string: number.text, locale: Locale(identifier: "en_US_POSIX")),
        "\(decimal)" == number.text
      {
        try single.encode(decimal)
      } else {
        try single.encode(number.doubleValue)
      }
    case .array(let elements):
      var array = encoder.unkeyedContainer()
      for element in elements {
        try array.encode(element)
      }
    case .object(let object):
      var container = encoder.container(keyedBy: AnyCodingKey.self)
      for member in object.members {
        try container.encode(member.value, forKey: AnyCodingKey(stringValue: member.key))
      }
    }
  }
}
