import Foundation
import PortaDiagnostics
import Testing

@testable import ExternalApps

@Suite("ExternalAppsConfiguration.load")
struct ConfigurationTests {
  @Test("reads documented example")
  func documentedExample() throws {
    let loaded = ExternalAppsConfiguration.load(Fixtures.documented.bytes)

    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.configuration.applications.count == 1)
    let application = try #require(loaded.configuration.application(named: "contracts"))
    #expect(application.serverURL == URL(string: "https://mybilling.com"))
    #expect(application.credentials == Credentials(login: "operator", password: "cDpx=="))
    #expect(application.otherOptions.isEmpty)
    #expect(
      application.options == [
        .init(key: "ServerUrl", value: "https://mybilling.com"),
        .init(key: "Login", value: "operator"),
        .init(key: "Password", value: "cDpx=="),
      ])
  }

  @Test("keeps Extras order and other options")
  func extrasOrder() throws {
    let loaded = ExternalAppsConfiguration.load(
      "[ExternalApps]Extras= crm ,contracts\n[contracts]ServerUrl=https://a.example\n[crm]ServerUrl=https://b.example\n[crm]Timeout=30\n[crm]Zone=eu\n"
    )

    #expect(loaded.configuration.applications.map(\.name) == ["crm", "contracts"])
    let crm = try #require(loaded.configuration.application(named: "crm"))
    #expect(crm.otherOptions == [.init(key: "Timeout", value: "30"), .init(key: "Zone", value: "eu")])
    #expect(crm.credentials == nil)
    #expect(crm.value(forKey: "timeout") == nil)
    #expect(crm.value(forKey: "timeout", isCaseInsensitive: true) == "30")
    #expect(loaded.diagnostics.map(\.code) == [.optionsUnknownKey, .optionsUnknownKey])
  }

  @Test("repeated option names both lines")
  func duplicateOption() throws {
    let loaded = ExternalAppsConfiguration.load(
      "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://a.example\n[contracts]Login=a\n[contracts]Password=p\n[contracts]Login=b\n"
    )

    #expect(loaded.diagnostics.count == 1)
    let diagnostic = try #require(loaded.diagnostics.first)
    #expect(diagnostic.code == .optionsDuplicateOption)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.location?.line == 5)
    #expect(diagnostic.location?.column == 12)
    #expect(
      diagnostic.message
        == "Option `[contracts]Login` is set on lines 3 and 5. The value on line 5 is used, so remove the other line.")
    #expect(loaded.configuration.application(named: "contracts")?.credentials?.login == "b")
  }

  @Test("lowercase key is suggested its known spelling")
  func lowercaseExtras() {
    let loaded = ExternalAppsConfiguration.load("[ExternalApps]extras=contracts\n")

    #expect(loaded.configuration.applications.isEmpty)
    #expect(
      loaded.diagnostics.map(\.message) == [
        "No `[ExternalApps]Extras` option lists the applications. Add a line such as `[ExternalApps]Extras=contracts`. "
          + "Line 1 has `[ExternalApps]extras`, but section names and keys are case-sensitive.",
        "Key `extras` in `[ExternalApps]` is not one that PortaBilling reads (`Extras`). "
          + "Did you mean `Extras`? Keys are case-sensitive.",
      ])
    #expect(loaded.diagnostics.map(\.code) == [.optionsMissingExtras, .optionsUnknownKey])
  }

  @Test(
    "server URL near misses are suggested",
    arguments: ["ServerURL", "serverurl", "Server_Url", "ServerUrk"])
  func serverURLNearMiss(key: String) {
    let loaded = ExternalAppsConfiguration.load("[ExternalApps]Extras=c\n[c]\(key)=https://a.example\n")

    let unknownKey = loaded.diagnostics.first { $0.code == .optionsUnknownKey }
    #expect(unknownKey?.message.hasSuffix("Did you mean `ServerUrl`? Keys are case-sensitive.") == true)
    #expect(unknownKey?.location?.line == 2)
    #expect(unknownKey?.location?.column == 4)
    #expect(loaded.diagnostics.contains { $0.code == .optionsMissingServerURL })
  }

  @Test("missing server URL points at near miss")
  func missingServerURLMessage() {
    let loaded = ExternalAppsConfiguration.load("[ExternalApps]Extras=c\n[c]ServerURL=https://a.example\n")

    let missing = loaded.diagnostics.first { $0.code == .optionsMissingServerURL }
    #expect(
      missing?.message
        == "Application `c` has no `[c]ServerUrl` option. Add one, as in `[c]ServerUrl=https://mybilling.com`. "
        + "Line 2 has `ServerURL`, but keys are case-sensitive.")
    #expect(missing?.location?.line == 2)
    #expect(missing?.location?.column == 2)
  }

  /// A document and the validation diagnostics it must produce, in order.
  struct ValidationCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [(DiagnosticCode, Severity, Int?, Int?)]
    var applications: [String]
    var testDescription: String { name }
  }

  static let validationCases: [ValidationCase] = [
    ValidationCase(
      name: "no Extras", text: "[contracts]ServerUrl=https://a.example\n",
      expected: [(.optionsMissingExtras, .error, nil, nil)], applications: []),
    ValidationCase(
      name: "application without section", text: "[ExternalApps]Extras=contracts\n",
      expected: [(.optionsMissingApplicationSection, .error, 1, 22)], applications: []),
    ValidationCase(
      name: "application without ServerUrl", text: "[ExternalApps]Extras=c\n[c]Login=u\n[c]Password=p\n",
      expected: [(.optionsMissingServerURL, .error, 2, 2)], applications: []),
    ValidationCase(
      name: "relative URL", text: "[ExternalApps]Extras=c\n[c]ServerUrl=mybilling.com\n",
      expected: [(.optionsInvalidServerURL, .error, 2, 14)], applications: []),
    ValidationCase(
      name: "ftp URL", text: "[ExternalApps]Extras=c\n[c]ServerUrl=ftp://mybilling.com\n",
      expected: [(.optionsInvalidServerURL, .error, 2, 14)], applications: []),
    ValidationCase(
      name: "URL without host", text: "[ExternalApps]Extras=c\n[c]ServerUrl=https:///path\n",
      expected: [(.optionsInvalidServerURL, .error, 2, 14)], applications: []),
    ValidationCase(
      name: "empty URL", text: "[ExternalApps]Extras=c\n[c]ServerUrl=\n",
      expected: [(.optionsInvalidServerURL, .error, 2, 14)], applications: []),
    ValidationCase(
      name: "URL with blanks", text: "[ExternalApps]Extras=c\n[c]ServerUrl=https://my billing.com\n",
      expected: [(.optionsInvalidServerURL, .error, 2, 14)], applications: []),
    ValidationCase(
      name: "http URL", text: "[ExternalApps]Extras=c\n[c]ServerUrl=http://mybilling.com\n",
      expected: [(.optionsInsecureServerURL, .warning, 2, 14)], applications: ["c"]),
    ValidationCase(
      name: "user information in URL", text: "[ExternalApps]Extras=c\n[c]ServerUrl=https://u:p@mybilling.com\n",
      expected: [(.optionsCredentialsInURL, .error, 2, 14)], applications: []),
    ValidationCase(
      name: "Login without Password",
      text: "[ExternalApps]Extras=c\n[c]ServerUrl=https://a.example\n[c]Login=u\n",
      expected: [(.optionsIncompleteCredentials, .error, 3, 4)], applications: []),
    ValidationCase(
      name: "Password without Login",
      text: "[ExternalApps]Extras=c\n[c]ServerUrl=https://a.example\n[c]Password=p\n",
      expected: [(.optionsIncompleteCredentials, .error, 3, 4)], applications: []),
    ValidationCase(
      name: "unlisted section",
      text: "[ExternalApps]Extras=c\n[c]ServerUrl=https://a.example\n[crm]ServerUrl=https://b.example\n",
      expected: [(.optionsUnlistedSection, .warning, 3, 2)], applications: ["c"]),
    ValidationCase(
      name: "empty Extras entry",
      text: "[ExternalApps]Extras=c,,d\n[c]ServerUrl=https://a.example\n[d]ServerUrl=https://b.example\n",
      expected: [(.optionsEmptyExtrasEntry, .warning, 1, 24)], applications: ["c", "d"]),
    ValidationCase(
      name: "trailing comma in Extras",
      text: "[ExternalApps]Extras=c,\n[c]ServerUrl=https://a.example\n",
      expected: [(.optionsEmptyExtrasEntry, .warning, 1, 24)], applications: ["c"]),
    ValidationCase(
      name: "Extras without names", text: "[ExternalApps]Extras=\n",
      expected: [(.optionsEmptyExtrasEntry, .warning, 1, 22)], applications: []),
    ValidationCase(
      name: "repeated Extras entry",
      text: "[ExternalApps]Extras=c, c\n[c]ServerUrl=https://a.example\n",
      expected: [(.optionsDuplicateExtrasEntry, .warning, 1, 25)], applications: ["c"]),
    ValidationCase(
      name: "unknown key in ExternalApps",
      text: "[ExternalApps]Extras=c\n[ExternalApps]Extra=d\n[c]ServerUrl=https://a.example\n",
      expected: [(.optionsUnknownKey, .warning, 2, 15)], applications: ["c"]),
    ValidationCase(
      name: "placeholder is reported once",
      text: "[ExternalApps]Extras=<application_name>\n",
      expected: [], applications: []),
    ValidationCase(
      name: "server URL placeholder is reported once",
      text: "[ExternalApps]Extras=c\n[c]ServerUrl=<server_URL>\n",
      expected: [], applications: []),
    ValidationCase(
      name: "section in other case",
      text: "[ExternalApps]Extras=contracts\n[Contracts]ServerUrl=https://a.example\n",
      expected: [(.optionsMissingApplicationSection, .error, 1, 22), (.optionsUnlistedSection, .warning, 2, 2)],
      applications: []),
  ]

  @Test("reports validation problems", arguments: validationCases)
  func validation(_ validationCase: ValidationCase) {
    let document = OptionsDocument.parse(validationCase.text).document
    let (configuration, diagnostics) = ExternalAppsConfiguration.load(from: document)

    #expect(diagnostics.map(\.code) == validationCase.expected.map(\.0), "\(diagnostics.map(\.formatted))")
    #expect(diagnostics.map(\.severity) == validationCase.expected.map(\.1))
    #expect(diagnostics.map { $0.location?.line } == validationCase.expected.map(\.2))
    #expect(diagnostics.map { $0.location?.column } == validationCase.expected.map(\.3))
    #expect(configuration.applications.map(\.name) == validationCase.applications)
  }

  @Test(
    "validation messages",
    arguments: [
      (
        "[ExternalApps]Extras=contracts\n[Contracts]ServerUrl=https://a.example\n",
        [
          "Application `contracts` is listed in `[ExternalApps]Extras` but has no options. "
            + "Add its lines, as in `[contracts]ServerUrl=https://mybilling.com`. "
            + "Did you mean section `[Contracts]`? Section names are case-sensitive.",
          "Section `[Contracts]` is not listed in `[ExternalApps]Extras`, so PortaBilling ignores it. "
            + "Add `Contracts` to `Extras` or remove its lines. "
            + "Did you mean `[contracts]`? Section names are case-sensitive.",
        ]
      ),
      (
        "[ExternalApps]Extras=c\n[c]ServerUrl=http://mybilling.com\n",
        [
          "`[c]ServerUrl` uses `http`, so the login and password travel in clear text. "
            + "Use `https` if the server supports it."
        ]
      ),
      (
        "[ExternalApps]Extras=c\n[c]ServerUrl=https://u:secret@mybilling.com\n",
        [
          "`[c]ServerUrl` contains a user name or password. "
            + "Remove them from the URL and set `[c]Login` and `[c]Password` instead."
        ]
      ),
      (
        "[ExternalApps]Extras=c\n[c]ServerUrl=mybilling.com\n",
        ["`[c]ServerUrl` `mybilling.com` has no scheme. Write an absolute address, as in `https://mybilling.com`."]
      ),
      (
        "[ExternalApps]Extras=c\n[c]ServerUrl=https://a.example\n[c]Login=u\n",
        [
          "Application `c` has `Login` but no `Password`. "
            + "Add `[c]Password=` with the password, or remove the `Login` line."
        ]
      ),
      (
        "[ExternalApps]Extras=c\n[c]ServerUrl=https://a.example\n[c]ApiKey=k\n",
        [
          "Key `ApiKey` in `[c]` is not one that PortaBilling reads (`ServerUrl`, `Login`, `Password`). "
            + "Check its spelling, or ignore this warning if a template uses it."
        ]
      ),
    ])
  func validationMessages(text: String, messages: [String]) {
    let diagnostics = ExternalAppsConfiguration.load(text).diagnostics

    #expect(diagnostics.map(\.message) == messages)
  }

  @Test("messages never contain a password")
  func messagesHidePasswords() {
    let text = "[ExternalApps]Extras=c\n[c]ServerUrl=https://u:s3cret@my billing.com\n[c]Password= s3cret\n"
    let diagnostics = ExternalAppsConfiguration.load(text).diagnostics

    #expect(!diagnostics.isEmpty)
    for diagnostic in diagnostics {
      #expect(!diagnostic.message.contains("s3cret"), "\(diagnostic.message)")
    }
  }

  @Test("load combines syntax and validation diagnostics")
  func combinedDiagnostics() {
    let loaded = ExternalAppsConfiguration.load("[ExternalApps]Extras=c\n[]Login=\n[c]ServerUrl=https://a.example\n")

    #expect(loaded.diagnostics.map(\.code) == [.optionsEmptySection])
    #expect(loaded.configuration.applications.map(\.name) == ["c"])
  }
}
