import Foundation
import PortaPluginFixtures
import Testing

@testable import ExternalApps

@Suite("OptionsWriter")
struct OptionsWriterTests {
  static let url = URL(string: "https://mybilling.com")!

  @Test("renders canonical order")
  func canonicalOrder() throws {
    let configuration = ExternalAppsConfiguration(applications: [
      ExternalApp(
        name: "contracts", serverURL: Self.url, credentials: Credentials(login: "operator", password: "cDpx=="),
        otherOptions: [.init(key: "Timeout", value: "30"), .init(key: "Zone", value: " eu ")]),
      ExternalApp(name: "crm", serverURL: URL(string: "http://crm.example/api?a=b")!),
    ])

    let text = try OptionsWriter().render(configuration)

    #expect(
      text == """
        [ExternalApps]Extras=contracts,crm
        [contracts]ServerUrl=https://mybilling.com
        [contracts]Login=operator
        [contracts]Password=cDpx==
        [contracts]Timeout=30
        [contracts]Zone= eu 
        [crm]ServerUrl=http://crm.example/api?a=b

        """)
    #expect(try OptionsWriter().encode(configuration) == Array(text.utf8))
  }

  @Test("empty configuration lists no applications")
  func emptyConfiguration() throws {
    #expect(try OptionsWriter().render(ExternalAppsConfiguration()) == "[ExternalApps]Extras=\n")
  }

  @Test("written text loads back to same configuration")
  func loadsBack() throws {
    let configuration = ExternalAppsConfiguration(applications: [
      ExternalApp(
        name: "contracts", serverURL: Self.url, credentials: Credentials(login: "u", password: "p=[x]#;"),
        otherOptions: [.init(key: "api_key", value: "k")])
    ])

    let loaded = ExternalAppsConfiguration.load(try OptionsWriter().encode(configuration))

    #expect(loaded.configuration == configuration)
    #expect(loaded.diagnostics.map(\.code) == [.optionsUnknownKey])
  }

  static let injectionCases: [(String, ExternalApp, OptionsWriteError)] = [
    (
      "line break in password",
      ExternalApp(
        name: "contracts", serverURL: url,
        credentials: Credentials(login: "u", password: "p\n[ExternalApps]Extras=evil")),
      .forbiddenCharacterInValue(field: "[contracts]Password", character: "\n")
    ),
    (
      "carriage return in login",
      ExternalApp(name: "contracts", serverURL: url, credentials: Credentials(login: "u\r", password: "p")),
      .forbiddenCharacterInValue(field: "[contracts]Login", character: "\r")
    ),
    (
      "NUL in other option",
      ExternalApp(name: "contracts", serverURL: url, otherOptions: [.init(key: "Note", value: "a\0b")]),
      .forbiddenCharacterInValue(field: "[contracts]Note", character: "\0")
    ),
    (
      "equals sign in key",
      ExternalApp(name: "contracts", serverURL: url, otherOptions: [.init(key: "Pass=word", value: "x")]),
      .invalidKey(section: "contracts", key: "Pass=word")
    ),
    (
      "close bracket in section",
      ExternalApp(name: "con]tracts", serverURL: url),
      .invalidApplicationName(name: "con]tracts", reason: "contains `]`, which ends the section name")
    ),
    (
      "comma in name",
      ExternalApp(name: "a,b", serverURL: url),
      .invalidApplicationName(name: "a,b", reason: "contains `,`, which separates names in `Extras`")
    ),
    (
      "blank around name",
      ExternalApp(name: " a", serverURL: url),
      .invalidApplicationName(name: " a", reason: "starts or ends with a blank, which `Extras` ignores")
    ),
    (
      "empty name",
      ExternalApp(name: "", serverURL: url),
      .invalidApplicationName(name: "", reason: "is empty")
    ),
    (
      "name of listing section",
      ExternalApp(name: "ExternalApps", serverURL: url),
      .invalidApplicationName(name: "ExternalApps", reason: "is the section that lists the applications")
    ),
    (
      "reserved key in other options",
      ExternalApp(name: "c", serverURL: url, otherOptions: [.init(key: "Login", value: "x")]),
      .reservedKey(field: "[c]Login")
    ),
    (
      "repeated other key",
      ExternalApp(name: "c", serverURL: url, otherOptions: [.init(key: "A", value: "1"), .init(key: "A", value: "2")]),
      .duplicateKey(field: "[c]A")
    ),
  ]

  @Test("rejects structure-changing input", arguments: injectionCases)
  func rejectsInjection(name: String, application: ExternalApp, error: OptionsWriteError) {
    let configuration = ExternalAppsConfiguration(applications: [application])

    #expect(throws: error) {
      _ = try OptionsWriter().render(configuration)
    }
  }

  @Test("rejects repeated application")
  func rejectsRepeatedApplication() {
    let application = ExternalApp(name: "c", serverURL: Self.url)

    #expect(throws: OptionsWriteError.duplicateApplication(name: "c")) {
      _ = try OptionsWriter().render(ExternalAppsConfiguration(applications: [application, application]))
    }
  }

  @Test("rejects line over limit")
  func rejectsLongLine() {
    let application = ExternalApp(name: "c", serverURL: Self.url, otherOptions: [.init(key: "K", value: "123456")])
    let writer = OptionsWriter(limits: OptionsLimits(maximumLineLength: 33))

    #expect(throws: OptionsWriteError.lineTooLong(field: "[c]ServerUrl", length: 34, maximum: 33)) {
      _ = try writer.render(ExternalAppsConfiguration(applications: [application]))
    }
  }

  @Test("error message names field and hides value")
  func errorMessage() {
    let error = OptionsWriteError.forbiddenCharacterInValue(field: "[contracts]Password", character: "\n")

    #expect(
      error.description
        == "Value of `[contracts]Password` contains a line feed (\\n), which would end the line. "
        + "Remove it, because a value is a single line.")
    #expect(
      OptionsWriteError.invalidSectionName(section: "con]tracts", reason: "contains `]`, which ends the section name")
        .description
        == "Section name `con]tracts` is invalid because it contains `]`, which ends the section name. "
        + "Use a name such as `contracts`.")
    #expect(
      OptionsWriteError.invalidKey(section: "c", key: "Pass=word").description
        == "Key `Pass=word` in section `[c]` is invalid. "
        + "Keys are not empty and contain only letters, digits, `_`, `.` and `-`.")
  }

  @Test("accepted input parses back unchanged", arguments: 0..<60)
  func acceptedInputParsesBack(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    // Mostly safe characters, so that most configurations are accepted and the rest are rejected.
    let safe = ["a", "Z", "9", "_", ".", "-", "é", "😀", "=", "[", "#", ";", "<", "%"]
    let risky = ["]", ",", " ", "\t", "\n", "\r", "\0", "ExternalApps"]
    let keyCharacters = ["a", "Z", "9", "_", ".", "-"]
    func randomText(_ range: ClosedRange<Int>, safe: [String] = safe) -> String {
      (0..<Int.random(in: range, using: &random)).map { _ in
        let pool = Int.random(in: 0..<25, using: &random) == 0 ? risky : safe
        return pool.randomElement(using: &random)!
      }.joined()
    }

    let applications = (0..<Int.random(in: 0...3, using: &random)).map { _ in
      ExternalApp(
        name: randomText(1...4), serverURL: Self.url,
        credentials: Bool.random(using: &random)
          ? Credentials(login: randomText(0...5), password: randomText(0...5)) : nil,
        otherOptions: (0..<Int.random(in: 0...3, using: &random)).map { _ in
          ExternalApp.Option(key: randomText(1...3, safe: keyCharacters), value: randomText(0...6))
        })
    }
    let configuration = ExternalAppsConfiguration(applications: applications)
    guard let lines = try? OptionsWriter().optionLines(configuration) else {
      #expect(throws: OptionsWriteError.self) { try OptionsWriter().render(configuration) }
      return
    }

    let written = try! OptionsWriter().encode(configuration)
    let parsed = OptionsDocument.parse(written)
    #expect(!parsed.diagnostics.contains { $0.severity == .error && $0.code != .optionsDocumentationPlaceholder })
    #expect(
      parsed.document.options().map { [$0.section, $0.key, $0.value] } == lines.map { [$0.section, $0.key, $0.value] })
    #expect(parsed.document.lines.allSatisfy { $0.kind == .option })
  }

  @Test("example in documentation renders")
  func documentationExample() throws {
    let app = ExternalApp(name: "contracts", serverURL: URL(string: "https://mybilling.com")!)
    let text = try OptionsWriter().render(ExternalAppsConfiguration(applications: [app]))

    #expect(text == "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n")
  }
}
