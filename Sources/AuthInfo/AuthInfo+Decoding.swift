import PortaDiagnostics
import PortaJSON

extension AuthInfo {
  /// The limits the body decoder enforces before and while it parses.
  public struct DecodingLimits: Sendable, Hashable {
    /// The largest request body accepted, in bytes; 1 MiB by default.
    public var maximumBodySize: Int
    /// The deepest nesting of arrays and objects accepted in the body and in the
    /// `auth_info` string; 64 by default.
    public var maximumDepth: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumBodySize: The largest request body accepted, in bytes.
    ///   - maximumDepth: The deepest nesting of arrays and objects accepted.
    public init(maximumBodySize: Int = 1_048_576, maximumDepth: Int = 64) {
      self.maximumBodySize = maximumBodySize
      self.maximumDepth = maximumDepth
    }

    /// A 1 MiB body and a nesting depth of 64.
    public static let `default` = DecodingLimits()

    /// The JSON reader limits that enforce these limits.
    var readerLimits: JSONReader.Limits {
      var limits = JSONReader.Limits.default
      limits.maximumInputSize = maximumBodySize
      limits.maximumDepth = maximumDepth
      return limits
    }
  }

  /// Decodes credentials from the bytes of a request body.
  ///
  /// The body must be a JSON object (RFC 8259, UTF-8) with an `auth_info` field. The
  /// documented form of the field is a JSON string that contains the JSON object
  /// `{"login":"L","password":"P"}`. As a lenient extension the field may also be
  /// that object itself. Members other than `login` and `password` are ignored.
  ///
  /// A key repeated anywhere in the body or in the `auth_info` string is an error,
  /// because different JSON parsers would pick different values.
  ///
  /// - Parameters:
  ///   - requestBody: The body, exactly as received.
  ///   - limits: The size and depth limits; see ``DecodingLimits``.
  /// - Throws: ``AuthInfoDecodingError/bodyTooLarge(size:limit:)``,
  ///   ``AuthInfoDecodingError/invalidJSON(message:location:)``,
  ///   ``AuthInfoDecodingError/duplicateKey(name:pointer:location:)``,
  ///   ``AuthInfoDecodingError/bodyNotAnObject(found:)``,
  ///   ``AuthInfoDecodingError/missingField``,
  ///   ``AuthInfoDecodingError/notAString(pointer:found:location:)``,
  ///   ``AuthInfoDecodingError/innerTextNotAnObject(found:innerLocation:location:)`` or
  ///   ``AuthInfoDecodingError/missingKey(name:location:)``.
  /// - Complexity: O(n) in the size of the body.
  public init(
    requestBody: some Collection<UInt8>,
    limits: DecodingLimits = .default
  ) throws(AuthInfoDecodingError) {
    guard requestBody.count <= limits.maximumBodySize else {
      throw .bodyTooLarge(size: requestBody.count, limit: limits.maximumBodySize)
    }

    let result = JSONReader(limits: limits.readerLimits).read(requestBody)
    try Self.checkReadResult(result, limits: limits)
    guard let root = result.root, case .object = root.kind else {
      throw .bodyNotAnObject(found: result.root?.typeName ?? "nothing")
    }
    guard let field = root[Self.fieldName] else {
      throw .missingField
    }

    // Locations cost a scan of the body up to the offset, so they are found only for errors.
    let fieldLocation = { result.location(ofOffset: field.value.range.lowerBound) }
    switch field.value.kind {
    case .string(let text):
      self = try Self.decodeInnerText(text, limits: limits, errorPlace: .fixed(fieldLocation))
    case .object(let members):
      let located = members.map { member in
        LocatedMember(key: member.key, value: member.value.value) {
          result.location(ofOffset: member.value.range.lowerBound)
        }
      }
      self = try Self.credentials(from: located, locate: fieldLocation)
    default:
      throw .notAString(pointer: "/auth_info", found: field.value.typeName, location: fieldLocation())
    }
  }

  /// Decodes credentials from a request body that is already parsed.
  ///
  /// The rules are those of ``init(requestBody:limits:)``, without a limit on the
  /// body, which is already in memory. The `auth_info` string is still read with
  /// ``DecodingLimits/default``. A repeated key anywhere in `requestBody` is an
  /// error, because a `JSONObject` keeps every occurrence. The errors carry no
  /// locations in the body.
  ///
  /// - Parameter requestBody: The parsed body.
  /// - Throws: The errors of ``init(requestBody:limits:)`` except
  ///   ``AuthInfoDecodingError/bodyTooLarge(size:limit:)`` and
  ///   ``AuthInfoDecodingError/invalidJSON(message:location:)``.
  /// - Complexity: O(n) in the number of values in the body plus the length of the
  ///   `auth_info` string.
  public init(requestBody: JSONValue) throws(AuthInfoDecodingError) {
    try Self.checkForDuplicateKeys(in: requestBody)
    guard case .object(let object) = requestBody else {
      throw .bodyNotAnObject(found: requestBody.typeName)
    }
    guard let field = object[Self.fieldName] else {
      throw .missingField
    }

    switch field {
    case .string(let text):
      self = try Self.decodeInnerText(text, limits: .default, errorPlace: .fixed { nil })
    case .object(let credentials):
      let located = credentials.members.map { LocatedMember(key: $0.key, value: $0.value) { nil } }
      self = try Self.credentials(from: located) { nil }
    default:
      throw .notAString(pointer: "/auth_info", found: field.typeName, location: nil)
    }
  }

  /// Decodes credentials from the inner JSON text, the content of the `auth_info`
  /// string, such as `{"login":"u","password":"p"}`.
  ///
  /// - Parameters:
  ///   - jsonText: The inner JSON object as text.
  ///   - limits: The size and depth limits; the size applies to the UTF-8 text.
  /// - Throws: ``AuthInfoDecodingError/bodyTooLarge(size:limit:)``,
  ///   ``AuthInfoDecodingError/innerTextNotAnObject(found:innerLocation:location:)``,
  ///   ``AuthInfoDecodingError/duplicateKey(name:pointer:location:)``,
  ///   ``AuthInfoDecodingError/missingKey(name:location:)`` or
  ///   ``AuthInfoDecodingError/notAString(pointer:found:location:)``.
  /// - Complexity: O(n) in the length of the text.
  public init(jsonText: String, limits: DecodingLimits = .default) throws(AuthInfoDecodingError) {
    let size = jsonText.utf8.count
    guard size <= limits.maximumBodySize else {
      throw .bodyTooLarge(size: size, limit: limits.maximumBodySize)
    }
    self = try Self.decodeInnerText(jsonText, limits: limits, errorPlace: .parsedInput)
  }
}

// MARK: - Steps shared by the decoders

extension AuthInfo {
  /// A member of the credentials object and a closure that finds its value in the
  /// body. The closure runs only when an error needs the location.
  struct LocatedMember {
    var key: String
    var value: JSONValue
    var locate: () -> SourceLocation?
  }

  /// The place an error about parsed text points to.
  enum ErrorPlace {
    /// At the offending key or value in the text being parsed.
    case parsedInput
    /// At one fixed location, such as the start of the `auth_info` string in the
    /// body, because positions inside a decoded string are not positions in the body.
    /// The closure runs only when an error is thrown.
    case fixed(() -> SourceLocation?)

    /// Returns where an error about the byte at `offset` of `result`'s input points.
    func location(ofOffset offset: Int, in result: JSONReadResult) -> SourceLocation? {
      switch self {
      case .parsedInput: result.location(ofOffset: offset)
      case .fixed(let locate): locate()
      }
    }

    /// Returns the location of the enclosing string in the body, if there is one.
    func enclosingLocation() -> SourceLocation? {
      switch self {
      case .parsedInput: nil
      case .fixed(let locate): locate()
      }
    }
  }

  /// Parses the content of the `auth_info` string and reads the credentials from it.
  static func decodeInnerText(
    _ text: String,
    limits: DecodingLimits,
    errorPlace: ErrorPlace
  ) throws(AuthInfoDecodingError) -> AuthInfo {
    let result = JSONReader(limits: limits.readerLimits).read(Array(text.utf8))
    if let root = result.root {
      try checkForDuplicateKeys(in: root, result: result, pointer: "/auth_info", errorPlace: errorPlace)
    }

    // Report syntax errors without the reader's message, which could quote the password.
    if let error = result.diagnostics.first(where: { $0.severity == .error }) {
      throw .innerTextNotAnObject(
        found: "invalid JSON",
        innerLocation: error.location,
        location: errorPlace.enclosingLocation()
      )
    }
    guard let root = result.root, case .object(let members) = root.kind else {
      throw .innerTextNotAnObject(
        found: result.root?.typeName ?? "nothing",
        innerLocation: nil,
        location: errorPlace.enclosingLocation()
      )
    }

    let located = members.map { member in
      LocatedMember(key: member.key, value: member.value.value) {
        errorPlace.location(ofOffset: member.value.range.lowerBound, in: result)
      }
    }
    return try credentials(from: located) {
      errorPlace.location(ofOffset: root.range.lowerBound, in: result)
    }
  }

  /// Reads `login` and `password` from the members of the credentials object;
  /// `locate` returns where the object is, for a missing member.
  static func credentials(
    from members: [LocatedMember],
    locate: () -> SourceLocation?
  ) throws(AuthInfoDecodingError) -> AuthInfo {
    var seenKeys = Set<String>()
    for member in members where !seenKeys.insert(member.key).inserted {
      throw .duplicateKey(name: member.key, pointer: "/auth_info", location: member.locate())
    }

    func string(for key: String) throws(AuthInfoDecodingError) -> String {
      guard let member = members.first(where: { $0.key == key }) else {
        throw .missingKey(name: key, location: locate())
      }
      guard case .string(let value) = member.value else {
        throw .notAString(pointer: "/auth_info/\(key)", found: member.value.typeName, location: member.locate())
      }
      return value
    }
    return AuthInfo(login: try string(for: "login"), password: try string(for: "password"))
  }

  /// Throws the first repeated key in the body, and otherwise the first error the
  /// reader reported, as `invalidJSON`.
  static func checkReadResult(
    _ result: JSONReadResult,
    limits: DecodingLimits
  ) throws(AuthInfoDecodingError) {
    if let root = result.root {
      try checkForDuplicateKeys(in: root, result: result, pointer: "", errorPlace: .parsedInput)
    }
    if let error = result.diagnostics.first(where: { $0.severity == .error }) {
      let message = AuthInfoDecodingError.syntaxProblem(for: error.code, limits: limits)
      throw .invalidJSON(message: message, location: error.location)
    }
  }
}
