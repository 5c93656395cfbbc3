import AuthInfo
import Testing

/// The examples of Documentation/AuthInfo.md, run as written.
@Suite("AuthInfo documentation examples")
struct AuthInfoDocumentationTests {
  @Test("building example output")
  func buildingExampleOutput() {
    let authInfo = AuthInfo(login: "u", password: #"p"q\"#)

    #expect(authInfo.jsonText == #"{"login":"u","password":"p\"q\\"}"#)
    #expect(authInfo.fieldText == #""{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}""#)
    #expect(authInfo.requestBody == #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"#)
    #expect(authInfo.description == #"AuthInfo(login: "u", password: <redacted>)"#)
  }

  @Test("template example output")
  func templateExampleOutput() throws {
    let options = [(key: "Login", value: "u"), (key: "Password", value: "p")]

    let text = try AuthInfoTemplate.documented.render(options: options)

    #expect(text == #"{"login":"u","password":"p"}"#)
  }

  @Test("reading example matches")
  func readingExampleMatches() throws {
    let bodyBytes = Array(#"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#.utf8)
    let expected = AuthInfo(login: "u", password: "p")

    let authInfo = try AuthInfo(requestBody: bodyBytes)

    #expect(authInfo.matches(expected))
  }

  @Test("documented limits are the defaults")
  func documentedLimitsAreDefaults() {
    #expect(AuthInfo.DecodingLimits.default.maximumBodySize == 1_048_576)
    #expect(AuthInfo.DecodingLimits.default.maximumDepth == 64)
    #expect(AuthInfoTemplate.maximumSize == 65_536)
  }

  @Test("every documented code exists")
  func everyDocumentedCodeExists() {
    let codes = [
      AuthInfoDecodingError.bodyTooLarge(size: 2, limit: 1).code,
      AuthInfoDecodingError.invalidJSON(message: "", location: nil).code,
      AuthInfoDecodingError.bodyNotAnObject(found: "array").code,
      AuthInfoDecodingError.missingField.code,
      AuthInfoDecodingError.duplicateKey(name: "a", pointer: "", location: nil).code,
      AuthInfoDecodingError.notAString(pointer: "/auth_info", found: "number", location: nil).code,
      AuthInfoDecodingError.innerTextNotAnObject(found: "array", innerLocation: nil, location: nil).code,
      AuthInfoDecodingError.missingKey(name: "login", location: nil).code,
      AuthInfoTemplateError.templateTooLarge(size: 2, limit: 1).code,
      AuthInfoTemplateError.unbalancedBraces(text: "}}", location: column(1)).code,
      AuthInfoTemplateError.invalidPlaceholder(text: "{{}}", location: column(1)).code,
      AuthInfoTemplateError.placeholderOutsideString(text: "{{A}}", location: column(1)).code,
      AuthInfoTemplateError.placeholderInKey(text: "{{A}}", location: column(1)).code,
      AuthInfoTemplateError.invalidJSON(message: "", location: nil).code,
      AuthInfoTemplateError.templateNotAnObject(found: "array").code,
      AuthInfoTemplateError.unknownPlaceholder(name: "A", location: column(1), suggestions: []).code,
      AuthInfoTemplateError.duplicateOption(name: "A").code,
    ]

    #expect(
      codes.map(\.rawValue) == [
        "authinfo.body-too-large", "authinfo.invalid-json", "authinfo.body-not-an-object",
        "authinfo.missing-field", "authinfo.duplicate-key", "authinfo.not-a-string",
        "authinfo.inner-text-not-an-object", "authinfo.missing-key", "authinfo.template-too-large",
        "authinfo.unbalanced-braces", "authinfo.invalid-placeholder", "authinfo.placeholder-outside-string",
        "authinfo.placeholder-in-key", "authinfo.invalid-template-json", "authinfo.template-not-an-object",
        "authinfo.unknown-placeholder", "authinfo.duplicate-option",
      ]
    )
  }
}
