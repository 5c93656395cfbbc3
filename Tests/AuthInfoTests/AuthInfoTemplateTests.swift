import AuthInfo
import PortaDiagnostics
import PortaJSON
import Testing

/// One row of the template parsing table: a template, the error it must raise and
/// the whole message of that error.
struct TemplateFailureCase: Sendable, CustomTestStringConvertible {
  var id: String
  var template: String
  var error: AuthInfoTemplateError
  var message: String

  var testDescription: String { id }
}

/// Returns a location on line 1 at a 1-based column.
func column(_ column: Int) -> PortaDiagnostics.SourceLocation {
  PortaDiagnostics.SourceLocation(line: 1, column: column, offset: column - 1)
}

@Suite("AuthInfo templates")
struct AuthInfoTemplateTests {
  static let documentedOptions: [(key: String, value: String)] = [
    (key: "ServerUrl", value: "https://billing.example.com/api"),
    (key: "Login", value: "u"),
    (key: "Password", value: #"p"q\"#),
  ]

  @Test("documented template renders exact text")
  func documentedTemplateRenders() throws {
    let text = try AuthInfoTemplate.documented.render(options: Self.documentedOptions)

    #expect(text == #"{"login":"u","password":"p\"q\\"}"#)
    #expect(AuthInfoTemplate.documented.text == #"{"login":"{{Login}}","password":"{{Password}}"}"#)
    #expect(AuthInfoTemplate.documented.placeholderNames == ["Login", "Password"])
  }

  @Test("rendered text equals the built text", arguments: AuthInfoBuildingTests.escapingCases)
  func renderedTextEqualsBuiltText(_ row: EscapingCase) throws {
    let options = [(key: "Login", value: row.password), (key: "Password", value: row.password)]

    let rendered = try AuthInfoTemplate.documented.render(options: options)
    let built = AuthInfo(login: row.password, password: row.password).jsonText

    // Empty values mean no credentials, which renders nothing.
    if row.password.isEmpty {
      #expect(rendered == nil)
    } else {
      #expect(rendered.map { Array($0.utf8) } == Array(built.utf8))
    }
  }

  @Test("injected value stays one password")
  func injectedValueStaysOnePassword() throws {
    let password = #"p","admin":true,"x":""#
    let options = [(key: "Login", value: "u"), (key: "Password", value: password)]

    let rendered = try #require(try AuthInfoTemplate.documented.render(options: options))
    let body = try AuthInfo.requestBody(jsonText: rendered)
    let decoded = try AuthInfo(requestBody: Array(body.utf8))

    let inner = try #require(JSONReader().read(Array(rendered.utf8)).root?.value.objectValue)
    #expect(inner.keys == ["login", "password"])
    #expect(decoded.revealedPassword == password)
  }

  @Test(
    "application without credentials yields nil",
    arguments: [
      ("no options", [(key: String, value: String)]()),
      ("only other options", [(key: "ServerUrl", value: "https://x.example")]),
      ("empty values", [(key: "Login", value: ""), (key: "Password", value: "")]),
      ("empty login, no password", [(key: "Login", value: "")]),
    ])
  func applicationWithoutCredentialsYieldsNil(id: String, options: [(key: String, value: String)]) throws {
    #expect(try AuthInfoTemplate.documented.render(options: options) == nil, "\(id)")
  }

  @Test("nil render leaves the field out of the body")
  func nilRenderLeavesFieldOut() throws {
    let rendered = try AuthInfoTemplate.documented.render(options: [(key: "ServerUrl", value: "https://x.example")])

    #expect(try AuthInfo.requestBody(jsonText: rendered, merging: ["action": "open"]) == #"{"action":"open"}"#)
  }

  @Test("empty password with a login renders")
  func emptyPasswordWithLoginRenders() throws {
    let options = [(key: "Login", value: "u"), (key: "Password", value: "")]

    #expect(try AuthInfoTemplate.documented.render(options: options) == #"{"login":"u","password":""}"#)
  }

  @Test("login without password option names the missing placeholder")
  func loginWithoutPasswordNamesPlaceholder() {
    let options = [(key: "Login", value: "u"), (key: "ServerUrl", value: "https://x.example")]
    let expected = AuthInfoTemplateError.unknownPlaceholder(name: "Password", location: column(34), suggestions: [])

    #expect(throws: expected) {
      try AuthInfoTemplate.documented.render(options: options)
    }
    #expect(
      expected.description
        == #"The placeholder "{{Password}}" at 1:34 names no option of the application; "#
        + #"add the option "Password" to the application or remove the placeholder."#
    )
  }

  @Test("misspelt placeholder suggests the option")
  func misspeltPlaceholderSuggestsOption() throws {
    let template = try AuthInfoTemplate(#"{"login":"{{Login}}","password":"{{Pasword}}"}"#)
    let expected = AuthInfoTemplateError.unknownPlaceholder(
      name: "Pasword",
      location: column(34),
      suggestions: ["Password"]
    )

    #expect(throws: expected) {
      try template.render(options: Self.documentedOptions)
    }
    #expect(
      expected.description
        == #"The placeholder "{{Pasword}}" at 1:34 names no option of the application; did you mean "Password"?"#
    )
  }

  @Test("placeholder names are case-sensitive")
  func placeholderNamesAreCaseSensitive() throws {
    let template = try AuthInfoTemplate(#"{"login":"{{login}}","password":"{{Password}}"}"#)

    #expect(
      throws: AuthInfoTemplateError.unknownPlaceholder(name: "login", location: column(11), suggestions: ["Login"])
    ) {
      try template.render(options: Self.documentedOptions)
    }
  }

  @Test("repeated option is rejected")
  func repeatedOptionIsRejected() {
    let options = [(key: "Login", value: "u"), (key: "Password", value: "a"), (key: "Password", value: "b")]

    #expect(throws: AuthInfoTemplateError.duplicateOption(name: "Password")) {
      try AuthInfoTemplate.documented.render(options: options)
    }
    #expect(
      AuthInfoTemplateError.duplicateOption(name: "Password").description
        == #"The application sets the option "Password" more than once; keep one, because the template "#
        + "cannot tell which value to use."
    )
  }

  @Test("repeated unrelated option is ignored")
  func repeatedUnrelatedOptionIsIgnored() throws {
    let options = Self.documentedOptions + [(key: "ServerUrl", value: "https://y.example")]

    #expect(try AuthInfoTemplate.documented.render(options: options) != nil)
  }

  @Test("spaces inside braces and other names")
  func spacesInsideBracesAndOtherNames() throws {
    let template = try AuthInfoTemplate(#"{"login":"{{ Api.User }}","password":"{{api_key-2}}","realm":"x"}"#)
    let options = [(key: "Api.User", value: "u"), (key: "api_key-2", value: "k")]

    #expect(template.placeholderNames == ["Api.User", "api_key-2"])
    #expect(try template.render(options: options) == #"{"login":"u","password":"k","realm":"x"}"#)
  }

  @Test("placeholder inside longer string and repeated")
  func placeholderInsideLongerString() throws {
    let template = try AuthInfoTemplate(#"{"login":"pre-{{Login}}-{{Login}}","password":"{{Password}}"}"#)

    let rendered = try template.render(options: Self.documentedOptions)

    #expect(rendered == #"{"login":"pre-u-u","password":"p\"q\\"}"#)
    #expect(template.placeholderNames == ["Login", "Password"])
  }

  @Test("escaped braces are literal text")
  func escapedBracesAreLiteral() throws {
    let template = try AuthInfoTemplate(#"{"login":"\u007b\u007bLogin}","password":"{{Password}}"}"#)

    let rendered = try #require(try template.render(options: Self.documentedOptions))
    let authInfo = try AuthInfo(jsonText: rendered)

    #expect(template.placeholderNames == ["Password"])
    #expect(authInfo.login == "{{Login}")
  }

  @Test("template without placeholders renders as is")
  func templateWithoutPlaceholdersRenders() throws {
    let template = try AuthInfoTemplate(#"{"login":"fixed","password":"value"}"#)

    #expect(try template.render(options: []) == #"{"login":"fixed","password":"value"}"#)
  }

  static let failureCases: [TemplateFailureCase] = [
    TemplateFailureCase(
      id: "opening braces without closing",
      template: #"{"login":"{{Login","password":"x"}"#,
      error: .unbalancedBraces(text: "{{Login", location: column(11)),
      message: #"The template has "{{Login" at 1:11 without a matching closing "}}" in the same string; "#
        + #"write placeholders as {{Name}}, or write a literal brace as \u007b or \u007d."#
    ),
    TemplateFailureCase(
      id: "closing braces without opening",
      template: #"{"login":"a}}b"}"#,
      error: .unbalancedBraces(text: "}}", location: column(12)),
      message: #"The template has "}}" at 1:12 without a matching opening "{{" in the same string; "#
        + #"write placeholders as {{Name}}, or write a literal brace as \u007b or \u007d."#
    ),
    TemplateFailureCase(
      id: "opening braces at end of input",
      template: #"{"login":"{{Login"#,
      error: .unbalancedBraces(text: "{{Login", location: column(11)),
      message: #"The template has "{{Login" at 1:11 without a matching closing "}}" in the same string; "#
        + #"write placeholders as {{Name}}, or write a literal brace as \u007b or \u007d."#
    ),
    TemplateFailureCase(
      id: "placeholder outside a string",
      template: #"{"login":{{Login}}}"#,
      error: .placeholderOutsideString(text: "{{Login}}", location: column(10)),
      message: #"The placeholder "{{Login}}" at 1:10 is outside a JSON string; put it between quotes, "#
        + #"such as "{{Login}}"."#
    ),
    TemplateFailureCase(
      id: "placeholder in a key",
      template: #"{"{{Key}}":"x"}"#,
      error: .placeholderInKey(text: "{{Key}}", location: column(3)),
      message: #"The placeholder "{{Key}}" at 1:3 is in an object key; use placeholders in values only."#
    ),
    TemplateFailureCase(
      id: "space inside a name",
      template: #"{"login":"{{Log in}}"}"#,
      error: .invalidPlaceholder(text: "{{Log in}}", location: column(11)),
      message: #"The placeholder "{{Log in}}" at 1:11 is not a valid name; use ASCII letters, digits, "#
        + #""_", "-" or ".", such as {{Login}}."#
    ),
    TemplateFailureCase(
      id: "empty name",
      template: #"{"login":"{{ }}"}"#,
      error: .invalidPlaceholder(text: "{{ }}", location: column(11)),
      message: #"The placeholder "{{ }}" at 1:11 is not a valid name; use ASCII letters, digits, "#
        + #""_", "-" or ".", such as {{Login}}."#
    ),
    TemplateFailureCase(
      id: "array template",
      template: #"["{{Login}}"]"#,
      error: .templateNotAnObject(found: "array"),
      message: #"The auth_info template is a JSON array; it must be an object such as "#
        + #"{"login":"{{Login}}","password":"{{Password}}"}."#
    ),
  ]

  @Test("rejects each malformed template", arguments: failureCases)
  func rejectsMalformedTemplate(_ row: TemplateFailureCase) {
    #expect(throws: row.error) {
      try AuthInfoTemplate(row.template)
    }
    #expect(row.error.description == row.message)
  }

  @Test("rejects template that is not JSON")
  func rejectsTemplateNotJSON() throws {
    do {
      _ = try AuthInfoTemplate(#"{"login":"{{Login}}",}"#)
      Issue.record("template was accepted")
    } catch {
      guard case .invalidJSON(let message, let location) = error else {
        Issue.record("expected invalidJSON, got \(error)")
        return
      }
      #expect(location?.line == 1)
      #expect(error.description == "The auth_info template is not valid JSON at \(location!): \(message)")
    }
  }

  @Test("rejects repeated template keys")
  func rejectsRepeatedTemplateKeys() {
    #expect(throws: AuthInfoTemplateError.self) {
      try AuthInfoTemplate(#"{"login":"{{Login}}","login":"x"}"#)
    }
  }

  @Test("rejects template over the size limit")
  func rejectsTemplateOverSizeLimit() {
    let text = #"{"login":""# + String(repeating: "a", count: 65_536) + #""}"#

    #expect(throws: AuthInfoTemplateError.templateTooLarge(size: 65_548, limit: 65_536)) {
      try AuthInfoTemplate(text)
    }
  }

  @Test("template diagnostic carries code and location")
  func templateDiagnosticCarriesCode() {
    let error = AuthInfoTemplateError.placeholderInKey(text: "{{Key}}", location: column(3))

    let diagnostic = error.diagnostic(file: "app.conf")

    #expect(diagnostic.code == "authinfo.placeholder-in-key")
    #expect(diagnostic.location == column(3))
    #expect(
      diagnostic.formatted
        == #"app.conf:1:3: error: The placeholder "{{Key}}" at 1:3 is in an object key; use placeholders in "#
        + "values only. [authinfo.placeholder-in-key]"
    )
  }
}
