import AuthInfo
import PortaDiagnostics
import PortaJSON
import Testing

/// One row of the decoding error table: a body, the error it must raise and the
/// whole message of that error.
struct DecodingFailureCase: Sendable, CustomTestStringConvertible {
  var id: String
  var body: String
  var error: AuthInfoDecodingError
  var message: String

  var testDescription: String { id }
}

/// Returns the error that decoding `body` raises, or `nil` when it decodes.
func decodingError(
  _ body: String,
  limits: AuthInfo.DecodingLimits = .default
) -> AuthInfoDecodingError? {
  do {
    _ = try AuthInfo(requestBody: Array(body.utf8), limits: limits)
    return nil
  } catch {
    return error
  }
}

@Suite("AuthInfo decoding")
struct AuthInfoDecodingTests {
  static let failureCases: [DecodingFailureCase] = [
    DecodingFailureCase(
      id: "field is a number",
      body: #"{"auth_info":42}"#,
      error: .notAString(
        pointer: "/auth_info", found: "number",
        location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The "auth_info" field is a JSON number at 1:14; it must be a string."#
    ),
    DecodingFailureCase(
      id: "field is null",
      body: #"{"auth_info":null}"#,
      error: .notAString(
        pointer: "/auth_info", found: "null", location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)
      ),
      message: #"The "auth_info" field is a JSON null at 1:14; it must be a string."#
    ),
    DecodingFailureCase(
      id: "field is an array",
      body: #"{"auth_info":["u","p"]}"#,
      error: .notAString(
        pointer: "/auth_info", found: "array",
        location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The "auth_info" field is a JSON array at 1:14; it must be a string."#
    ),
    DecodingFailureCase(
      id: "string is not JSON",
      body: #"{"auth_info":"not json"}"#,
      error: .innerTextNotAnObject(
        found: "invalid JSON",
        innerLocation: PortaDiagnostics.SourceLocation(line: 1, column: 1, offset: 0),
        location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)
      ),
      message: #"The "auth_info" string at 1:14 is not a JSON object: it contains invalid JSON "#
        + #"(at 1:1 of the decoded string); its content must be {"login":"L","password":"P"} written as a JSON string."#
    ),
    DecodingFailureCase(
      id: "string contains an array",
      body: #"{"auth_info":"[\"u\",\"p\"]"}"#,
      error: .innerTextNotAnObject(
        found: "array", innerLocation: nil, location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The "auth_info" string at 1:14 is not a JSON object: it contains a JSON array; "#
        + #"its content must be {"login":"L","password":"P"} written as a JSON string."#
    ),
    DecodingFailureCase(
      id: "string is empty",
      body: #"{"auth_info":""}"#,
      error: .innerTextNotAnObject(
        found: "invalid JSON",
        innerLocation: PortaDiagnostics.SourceLocation(line: 1, column: 1, offset: 0),
        location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)
      ),
      message: #"The "auth_info" string at 1:14 is not a JSON object: it contains invalid JSON "#
        + #"(at 1:1 of the decoded string); its content must be {"login":"L","password":"P"} written as a JSON string."#
    ),
    DecodingFailureCase(
      id: "field is missing",
      body: #"{"login":"u","password":"p"}"#,
      error: .missingField,
      message: #"The request body has no "auth_info" field; add "auth_info":"{\"login\":\"L\",\"password\":\"P\"}"."#
    ),
    DecodingFailureCase(
      id: "body is an array",
      body: #"[{"auth_info":"{}"}]"#,
      error: .bodyNotAnObject(found: "array"),
      message: #"The request body is a JSON array; it must be a JSON object with an "auth_info" field."#
    ),
    DecodingFailureCase(
      id: "two auth_info fields",
      body: #"{"auth_info":"{}","auth_info":"{}"}"#,
      error: .duplicateKey(
        name: "auth_info", pointer: "", location: PortaDiagnostics.SourceLocation(line: 1, column: 19, offset: 18)),
      message: #"The key "auth_info" appears more than once in the request body at 1:19; "#
        + "keep one, because JSON parsers disagree on which one counts."
    ),
    DecodingFailureCase(
      id: "two passwords in the string",
      body: #"{"auth_info":"{\"login\":\"u\",\"password\":\"a\",\"password\":\"b\"}"}"#,
      error: .duplicateKey(
        name: "password", pointer: "/auth_info",
        location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The key "password" appears more than once in the "auth_info" object at 1:14; "#
        + "keep one, because JSON parsers disagree on which one counts."
    ),
    DecodingFailureCase(
      id: "two passwords in the object",
      body: #"{"auth_info":{"login":"u","password":"a","password":"b"}}"#,
      error: .duplicateKey(
        name: "password", pointer: "/auth_info",
        location: PortaDiagnostics.SourceLocation(line: 1, column: 42, offset: 41)),
      message: #"The key "password" appears more than once in the "auth_info" object at 1:42; "#
        + "keep one, because JSON parsers disagree on which one counts."
    ),
    DecodingFailureCase(
      id: "repeated key in another field",
      body: #"{"meta":{"a":1,"a":2},"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#,
      error: .duplicateKey(
        name: "a", pointer: "/meta", location: PortaDiagnostics.SourceLocation(line: 1, column: 16, offset: 15)),
      message: #"The key "a" appears more than once in the "meta" object at 1:16; "#
        + "keep one, because JSON parsers disagree on which one counts."
    ),
    DecodingFailureCase(
      id: "login is a number in the string",
      body: #"{"auth_info":"{\"login\":5,\"password\":\"p\"}"}"#,
      error: .notAString(
        pointer: "/auth_info/login", found: "number",
        location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The "login" member of "auth_info" is a JSON number at 1:14; it must be a string."#
    ),
    DecodingFailureCase(
      id: "password is null in the object",
      body: #"{"auth_info":{"login":"u","password":null}}"#,
      error: .notAString(
        pointer: "/auth_info/password", found: "null",
        location: PortaDiagnostics.SourceLocation(line: 1, column: 38, offset: 37)),
      message: #"The "password" member of "auth_info" is a JSON null at 1:38; it must be a string."#
    ),
    DecodingFailureCase(
      id: "password is missing",
      body: #"{"auth_info":"{\"login\":\"u\"}"}"#,
      error: .missingKey(name: "password", location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The "auth_info" object at 1:14 has no "password" member; add "password" with a string value."#
    ),
    DecodingFailureCase(
      id: "login is missing from the object",
      body: #"{"auth_info":{"password":"p"}}"#,
      error: .missingKey(name: "login", location: PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13)),
      message: #"The "auth_info" object at 1:14 has no "login" member; add "login" with a string value."#
    ),
  ]

  @Test("rejects each malformed body", arguments: failureCases)
  func rejectsMalformedBody(_ row: DecodingFailureCase) {
    let error = decodingError(row.body)

    #expect(error == row.error)
    #expect(error?.description == row.message)
  }

  @Test("decodes the documented string form")
  func decodesStringForm() throws {
    let body = #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#

    let authInfo = try AuthInfo(requestBody: Array(body.utf8))

    #expect(authInfo.login == "u")
    #expect(authInfo.revealedPassword == "p")
  }

  @Test("decodes the object form leniently")
  func decodesObjectFormLeniently() throws {
    let body = #"{"auth_info":{"login":"u","password":"p"}}"#

    let authInfo = try AuthInfo(requestBody: Array(body.utf8))

    #expect(authInfo.login == "u")
    #expect(authInfo.revealedPassword == "p")
    #expect(authInfo.requestBody == #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#)
  }

  @Test("ignores other members and fields")
  func ignoresOtherMembers() throws {
    let body = #"{"id":7,"auth_info":"{\"realm\":\"x\",\"password\":\"p\",\"login\":\"u\"}","x":[1]}"#

    let authInfo = try AuthInfo(requestBody: Array(body.utf8))

    #expect(authInfo == AuthInfo(login: "u", password: "p"))
  }

  @Test("accepts whitespace and escaped solidus")
  func acceptsWhitespaceAndEscapedSolidus() throws {
    let body = "{ \"auth_info\" : \"{ \\\"login\\\" : \\\"a\\\\/b\\\", \\\"password\\\":\\\"\\\\u00e9\\\" }\" }\n"

    let authInfo = try AuthInfo(requestBody: Array(body.utf8))

    #expect(authInfo.login == "a/b")
    #expect(Array(authInfo.revealedPassword.utf8) == [0xC3, 0xA9])
  }

  @Test("accepts a leading byte order mark")
  func acceptsLeadingByteOrderMark() throws {
    let body = [0xEF, 0xBB, 0xBF] + Array(#"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#.utf8)

    let authInfo = try AuthInfo(requestBody: body)

    #expect(authInfo == AuthInfo(login: "u", password: "p"))
  }

  @Test("rejects a body over the size limit")
  func rejectsBodyOverSizeLimit() {
    let body = #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#
    let limits = AuthInfo.DecodingLimits(maximumBodySize: 16)

    let error = decodingError(body, limits: limits)

    #expect(error == .bodyTooLarge(size: 52, limit: 16))
    #expect(
      error?.description
        == "The request body is 52 bytes, over the limit of 16 bytes; send a smaller body or raise "
        + "AuthInfo.DecodingLimits.maximumBodySize."
    )
  }

  @Test("default size limit is one mebibyte")
  func defaultSizeLimitIsOneMebibyte() {
    let padding = String(repeating: " ", count: 1_048_576)
    let atLimit = #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}""# + padding.dropFirst(52) + "}"
    let overLimit = atLimit + " "

    #expect(AuthInfo.DecodingLimits.default.maximumBodySize == 1_048_576)
    #expect(atLimit.utf8.count == 1_048_576)
    #expect(decodingError(atLimit) == nil)
    #expect(decodingError(overLimit) == .bodyTooLarge(size: 1_048_577, limit: 1_048_576))
  }

  @Test("rejects nesting deeper than the limit")
  func rejectsDeepNesting() throws {
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    let body = #"{"x":"# + deep + #","auth_info":"{}"}"#

    let error = try #require(decodingError(body))

    #expect(AuthInfo.DecodingLimits.default.maximumDepth == 64)
    #expect(
      error.description
        == "The request body is not valid JSON at 1:69: arrays and objects are nested deeper than 64 levels."
    )
  }

  @Test("reports invalid JSON with its location")
  func reportsInvalidJSONLocation() throws {
    let error = try #require(decodingError("{\"auth_info\":\n  tru}"))

    guard case .invalidJSON(_, let location) = error else {
      Issue.record("expected invalidJSON, got \(error)")
      return
    }
    #expect(location?.line == 2)
    #expect(location?.column == 3)
    #expect(
      error.description
        == "The request body is not valid JSON at 2:3: a word is not true, false or null, so a string may be "
        + "missing its quotes."
    )
  }

  @Test("rejects invalid UTF-8")
  func rejectsInvalidUTF8() {
    var bytes = Array(#"{"auth_info":"x"}"#.utf8)
    bytes[14] = 0xFF

    #expect(throws: AuthInfoDecodingError.self) {
      try AuthInfo(requestBody: bytes)
    }
  }

  @Test("messages never contain the password")
  func messagesNeverContainPassword() {
    let bodies = [
      #"{"auth_info":"{\"login\":\"u\",\"password\":\"s3cr3t\""}"#,
      #"{"auth_info":"{\"login\":\"u\",\"password\":s3cr3t}"}"#,
      #"{"auth_info":"{\"login\":\"u\",\"password\":\"s3cr3t\",\"password\":\"s3cr3t\"}"}"#,
      #"{"auth_info":"{\"login\":7,\"password\":\"s3cr3t\"}"}"#,
      #"{"auth_info":"{\"login\":\"u\",\"password\":\"s3cr3t\"\u0000}"}"#,
      #"{"auth_info":{"login":"u","password":s3cr3t}}"#,
      #"{"auth_info":{"login":"u","password":'s3cr3t'}}"#,
      #"{"auth_info":{"login":"u","password":"s3cr3t}}"#,
      #"{"auth_info":{"login":"u","password":"s3cr3t\x"}}"#,
    ]

    for body in bodies {
      let error = decodingError(body)
      #expect(error != nil, "\(body)")
      #expect(error?.description.contains("s3cr3t") == false, "\(body)")
    }
  }

  @Test("decodes a parsed value")
  func decodesParsedValue() throws {
    let body: JSONValue = ["auth_info": #"{"login":"u","password":"p"}"#]

    let authInfo = try AuthInfo(requestBody: body)

    #expect(authInfo == AuthInfo(login: "u", password: "p"))
  }

  @Test("parsed value with repeated field is rejected")
  func parsedValueWithRepeatedFieldIsRejected() {
    let body = JSONValue.object(
      JSONObject([JSONMember(key: "auth_info", value: "{}"), JSONMember(key: "auth_info", value: "{}")])
    )

    #expect(throws: AuthInfoDecodingError.duplicateKey(name: "auth_info", pointer: "", location: nil)) {
      try AuthInfo(requestBody: body)
    }
  }

  @Test("parsed value errors carry no location")
  func parsedValueErrorsCarryNoLocation() {
    #expect(throws: AuthInfoDecodingError.notAString(pointer: "/auth_info", found: "number", location: nil)) {
      try AuthInfo(requestBody: ["auth_info": 42])
    }
    #expect(throws: AuthInfoDecodingError.missingField) {
      try AuthInfo(requestBody: ["login": "u"])
    }
    #expect(throws: AuthInfoDecodingError.bodyNotAnObject(found: "string")) {
      try AuthInfo(requestBody: "x")
    }
  }

  @Test("decodes inner JSON text")
  func decodesInnerJSONText() throws {
    let authInfo = try AuthInfo(jsonText: #"{"login":"u","password":"p\"q\\"}"#)

    #expect(authInfo.revealedPassword == #"p"q\"#)
    #expect(
      throws: AuthInfoDecodingError.missingKey(
        name: "login", location: PortaDiagnostics.SourceLocation(line: 1, column: 1, offset: 0))
    ) {
      try AuthInfo(jsonText: #"{"password":"p"}"#)
    }
  }

  @Test("diagnostic carries code, location and pointer")
  func diagnosticCarriesCodeLocationPointer() throws {
    let error = try #require(decodingError(#"{"auth_info":42}"#))

    let diagnostic = error.diagnostic(file: "body.json")

    #expect(diagnostic.code == "authinfo.not-a-string")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.location == PortaDiagnostics.SourceLocation(line: 1, column: 14, offset: 13))
    #expect(diagnostic.jsonPointer == "/auth_info")
    #expect(
      diagnostic.formatted
        == #"body.json:1:14: error: The "auth_info" field is a JSON number at 1:14; it must be a string. "#
        + "[authinfo.not-a-string]"
    )
  }
}
