extension AuthInfo: Codable {
  /// Encodes the credentials as one string, ``jsonText``, so that a property of type
  /// `AuthInfo` in a request struct becomes the `auth_info` field PortaBilling sends.
  ///
  /// With `JSONEncoder` the result is the documented double-escaped field. Note that
  /// `JSONEncoder` writes `/` as `\/` unless its output formatting contains
  /// `.withoutEscapingSlashes`. Both forms decode to the same string.
  ///
  /// - Parameter encoder: The encoder to write to.
  /// - Throws: Whatever the encoder's single-value container throws.
  /// - Complexity: O(n) in the UTF-8 length of the login and password.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(jsonText)
  }

  /// Decodes the credentials from a string that contains the JSON object
  /// `{"login":"L","password":"P"}` or, leniently, from that object itself.
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError.dataCorrupted` whose underlying error is an
  ///   ``AuthInfoDecodingError`` when the string's content is not valid credentials,
  ///   and `DecodingError.typeMismatch` or `.keyNotFound` for a value that is neither
  ///   a string nor an object with string `login` and `password` members.
  /// - Complexity: O(n) in the length of the string.
  public init(from decoder: any Decoder) throws {
    // NOTE: `Decoder` hides repeated keys in the surrounding body, so this
    // initializer cannot reject two `auth_info` fields. Use
    // `init(requestBody:limits:)` on raw bytes where that matters.
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self) {
      do {
        self = try Self.decodeInnerText(text, limits: .default, errorPlace: .fixed { nil })
      } catch {
        let context = DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: error.description,
          underlyingError: error
        )
        throw DecodingError.dataCorrupted(context)
      }
      return
    }

    let object = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      login: try object.decode(String.self, forKey: .login),
      password: try object.decode(String.self, forKey: .password)
    )
  }

  /// The member names of the credentials object.
  private enum CodingKeys: String, CodingKey {
    case login
    case password
  }
}
