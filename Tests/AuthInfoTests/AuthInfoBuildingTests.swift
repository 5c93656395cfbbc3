import AuthInfo
import PortaJSON
import Testing

/// One row of the escaping table: a password and the exact text it must become
/// between the quotes of the `password` member.
struct EscapingCase: Sendable, CustomTestStringConvertible {
  var id: String
  var password: String
  var escaped: String

  var testDescription: String { id }
}

@Suite("AuthInfo building")
struct AuthInfoBuildingTests {
  static let escapingCases: [EscapingCase] = [
    EscapingCase(id: "plain ASCII", password: "secret", escaped: "secret"),
    EscapingCase(id: "empty", password: "", escaped: ""),
    EscapingCase(id: "quote", password: #"a"b"#, escaped: #"a\"b"#),
    EscapingCase(id: "backslash", password: #"a\b"#, escaped: #"a\\b"#),
    EscapingCase(id: "script end tag", password: "</script>", escaped: "</script>"),
    EscapingCase(id: "solidus", password: "a/b", escaped: "a/b"),
    EscapingCase(id: "emoji", password: "pass😀word", escaped: "pass😀word"),
    EscapingCase(id: "NUL", password: "a\u{0}b", escaped: #"a\u0000b"#),
    EscapingCase(id: "tab", password: "a\tb", escaped: #"a\tb"#),
    EscapingCase(id: "line feed", password: "a\nb", escaped: #"a\nb"#),
    EscapingCase(id: "carriage return", password: "a\rb", escaped: #"a\rb"#),
    EscapingCase(id: "backspace", password: "a\u{8}b", escaped: #"a\bb"#),
    EscapingCase(id: "form feed", password: "a\u{C}b", escaped: #"a\fb"#),
    EscapingCase(id: "unit separator", password: "a\u{1F}b", escaped: #"a\u001fb"#),
    EscapingCase(id: "escape character", password: "\u{1B}[0m", escaped: #"\u001b[0m"#),
    EscapingCase(id: "delete is not escaped", password: "a\u{7F}b", escaped: "a\u{7F}b"),
    EscapingCase(id: "line separator", password: "a\u{2028}b", escaped: #"a\u2028b"#),
    EscapingCase(id: "paragraph separator", password: "a\u{2029}b", escaped: #"a\u2029b"#),
    EscapingCase(id: "right-to-left text", password: "שלום עולם", escaped: "שלום עולם"),
    EscapingCase(id: "right-to-left mark", password: "a\u{200F}b", escaped: "a\u{200F}b"),
    EscapingCase(id: "combining mark", password: "e\u{301}", escaped: "e\u{301}"),
    EscapingCase(id: "leading combining mark", password: "\u{301}x", escaped: "\u{301}x"),
    EscapingCase(id: "precomposed letter", password: "\u{E9}", escaped: "\u{E9}"),
    EscapingCase(id: "leading zero width no-break space", password: "\u{FEFF}a", escaped: "\u{FEFF}a"),
    EscapingCase(id: "no-break space after escape", password: "\t\u{FEFF}", escaped: #"\t"# + "\u{FEFF}"),
    EscapingCase(
      id: "injection attempt", password: #"p","admin":true,"x":""#, escaped: #"p\",\"admin\":true,\"x\":\""#),
  ]

  @Test("escapes each password exactly", arguments: escapingCases)
  func escapesPasswordExactly(_ row: EscapingCase) {
    let authInfo = AuthInfo(login: "u", password: row.password)
    let expected = #"{"login":"u","password":""# + row.escaped + #""}"#

    // Strings compare by canonical equivalence, so compare the UTF-8 bytes.
    #expect(Array(authInfo.jsonText.utf8) == Array(expected.utf8))
    #expect(checkRoundTrip(authInfo))
  }

  @Test("escapes each login exactly", arguments: escapingCases)
  func escapesLoginExactly(_ row: EscapingCase) {
    let authInfo = AuthInfo(login: row.password, password: "p")
    let expected = #"{"login":""# + row.escaped + #"","password":"p"}"#

    #expect(Array(authInfo.jsonText.utf8) == Array(expected.utf8))
  }

  @Test("quote and backslash body is exact")
  func quoteAndBackslashBody() {
    let authInfo = AuthInfo(login: "u", password: #"p"q\"#)

    #expect(authInfo.revealedPassword.unicodeScalars.count == 4)
    #expect(authInfo.jsonText == #"{"login":"u","password":"p\"q\\"}"#)
    #expect(authInfo.fieldText == #""{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}""#)
    #expect(authInfo.requestBody == #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"#)
  }

  @Test("quote and backslash decode twice to the password")
  func quoteAndBackslashDecodeTwice() throws {
    let body = #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"#

    // Decode the outer JSON, then the inner JSON, with the plain reader.
    let outer = try #require(JSONReader().read(Array(body.utf8)).root?.value)
    let innerText = try #require(outer["auth_info"]?.stringValue)
    let inner = try #require(JSONReader().read(Array(innerText.utf8)).root?.value)
    #expect(inner["password"]?.stringValue == #"p"q\"#)

    let decoded = try AuthInfo(requestBody: Array(body.utf8))
    #expect(decoded.login == "u")
    #expect(decoded.revealedPassword == #"p"q\"#)
  }

  @Test("injected fields stay inside the password")
  func injectedFieldsStayInsidePassword() throws {
    let password = #"p","admin":true,"x":""#
    let authInfo = AuthInfo(login: "u", password: password)

    let inner = try #require(JSONReader().read(Array(authInfo.jsonText.utf8)).root?.value.objectValue)
    #expect(inner.keys == ["login", "password"])
    #expect(inner["password"]?.stringValue == password)

    let decoded = try AuthInfo(requestBody: Array(authInfo.requestBody.utf8))
    #expect(Array(decoded.revealedPassword.utf8) == Array(password.utf8))
  }

  @Test("merging appends auth_info after the fields")
  func mergingAppendsAuthInfo() throws {
    let authInfo = AuthInfo(login: "u", password: "p")
    let fields: JSONObject = ["action": "open", "limit": .number(JSONNumber(text: "1.50")!)]

    let body = try authInfo.requestBody(merging: fields)

    #expect(body == #"{"action":"open","limit":1.50,"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#)
  }

  @Test("merging rejects an existing auth_info field")
  func mergingRejectsExistingField() {
    let authInfo = AuthInfo(login: "u", password: "p")
    let fields: JSONObject = ["auth_info": "x"]

    #expect(throws: AuthInfoBodyError.fieldAlreadyPresent) {
      try authInfo.requestBody(merging: fields)
    }
    #expect(
      AuthInfoBodyError.fieldAlreadyPresent.description
        == #"The other fields already contain "auth_info"; remove it, because the body builder adds the field itself."#
    )
  }

  @Test("merging rejects repeated field keys")
  func mergingRejectsRepeatedKeys() {
    let fields = JSONObject([JSONMember(key: "a", value: 1), JSONMember(key: "a", value: 2)])

    #expect(throws: AuthInfoBodyError.duplicateField(name: "a")) {
      try AuthInfo(login: "u", password: "p").requestBody(merging: fields)
    }
    #expect(
      AuthInfoBodyError.duplicateField(name: "a").description
        == #"The other fields contain the key "a" more than once; keep one, because receivers would pick different ones."#
    )
  }

  @Test("merging rejects repeated nested keys")
  func mergingRejectsRepeatedNestedKeys() {
    let nested = JSONValue.object(JSONObject([JSONMember(key: "b", value: 1), JSONMember(key: "b", value: 2)]))
    let fields = JSONObject([JSONMember(key: "a", value: .array([nested]))])

    #expect(throws: AuthInfoBodyError.duplicateField(name: "b")) {
      try AuthInfo(login: "u", password: "p").requestBody(merging: fields)
    }
  }

  @Test("nil JSON text leaves auth_info out")
  func nilJSONTextLeavesFieldOut() throws {
    #expect(try AuthInfo.requestBody(jsonText: nil) == "{}")
    #expect(try AuthInfo.requestBody(jsonText: nil, merging: ["a": true]) == #"{"a":true}"#)
  }

  @Test("JSON text is quoted unchanged")
  func jsonTextIsQuotedUnchanged() throws {
    let body = try AuthInfo.requestBody(jsonText: #"{"password":"p","login":"u"}"#)

    #expect(body == #"{"auth_info":"{\"password\":\"p\",\"login\":\"u\"}"}"#)
  }

  @Test(
    "JSON text that is not an object is rejected",
    arguments: [
      (#"["u","p"]"#, "array"),
      ("not json", "invalid JSON"),
      (#"{"login":"u","login":"v"}"#, #"repeated key "login""#),
      ("", "invalid JSON"),
    ])
  func jsonTextNotAnObjectIsRejected(text: String, found: String) {
    #expect(throws: AuthInfoBodyError.jsonTextNotAnObject(found: found)) {
      try AuthInfo.requestBody(jsonText: text)
    }
  }

  @Test("not-an-object message names the fix")
  func notAnObjectMessage() {
    let error = AuthInfoBodyError.jsonTextNotAnObject(found: "array")

    #expect(
      error.description
        == #"The auth_info text is not one JSON object without repeated keys (found array); pass text such as "#
        + #"{"login":"L","password":"P"}."#
    )
  }
}
