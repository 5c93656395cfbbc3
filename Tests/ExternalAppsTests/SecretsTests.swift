import Foundation
import Testing

@testable import ExternalApps

@Suite("Secrets redaction")
struct SecretsTests {
  static let secret = "s3cr3t-Pa55"

  /// Renders a value in every way that can turn it into text by accident.
  static func renderings(of value: Any) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    var printed = ""
    print(value, to: &printed)
    var debugPrinted = ""
    debugPrint(value, to: &debugPrinted)
    return [String(describing: value), String(reflecting: value), "\(value)", dumped, printed, debugPrinted]
  }

  @Test("credentials never show password")
  func credentials() {
    let credentials = Credentials(login: "operator", password: Self.secret)

    #expect(credentials.description == "Credentials(login: \"operator\", password: <redacted>)")
    #expect(credentials.debugDescription == credentials.description)
    #expect("\(credentials)" == credentials.description)
    for text in Self.renderings(of: credentials) {
      #expect(!text.contains(Self.secret), "\(text)")
      #expect(text.contains("<redacted>"), "\(text)")
    }
    #expect(credentials.password == Self.secret)
  }

  @Test("application never shows password")
  func application() {
    let application = ExternalApp(
      name: "contracts", serverURL: URL(string: "https://mybilling.com")!,
      credentials: Credentials(login: "operator", password: Self.secret),
      otherOptions: [.init(key: "password", value: Self.secret)])
    let configuration = ExternalAppsConfiguration(applications: [application])

    for text in Self.renderings(of: application) + Self.renderings(of: configuration) {
      #expect(!text.contains(Self.secret), "\(text)")
    }
    for option in application.options {
      for text in Self.renderings(of: option) {
        #expect(!text.contains(Self.secret), "\(text)")
      }
    }
    #expect(application.value(forKey: "Password") == Self.secret)
  }

  @Test("option records mask secret keys")
  func optionRecords() throws {
    let document = OptionsDocument.parse(
      "[c]Password=\(Self.secret)\n[c]password=\(Self.secret)\n[c]ApiKey=\(Self.secret)\n[c]Login=u\n[c]Password=\n"
    ).document

    let records = document.options()
    #expect(records.map(\.isSecret) == [true, true, false, false, true])
    #expect(records.map(\.maskedValue) == ["********", "********", Self.secret, "u", ""])
    #expect(records[0].value == Self.secret)
    #expect(records[0].value(showingSecrets: true) == Self.secret)
    #expect(records[0].value(showingSecrets: false) == "********")
    #expect(records[0].description == "[c]Password=********")
    #expect(records[0].debugDescription == "line 1: [c]Password=********")

    let custom = document.options(secretKeys: ["Password", "ApiKey"])
    #expect(custom.map(\.isSecret) == [true, true, true, false, true])
    for record in custom {
      for text in Self.renderings(of: record) {
        #expect(!text.contains(Self.secret), "\(text)")
      }
    }
  }

  @Test("document lines never show password")
  func documentLines() {
    let document = OptionsDocument.parse("[c]Password=\(Self.secret)\nPassword=\(Self.secret)\n").document

    for line in document.lines {
      for text in Self.renderings(of: line) {
        #expect(!text.contains(Self.secret), "\(text)")
      }
    }
  }

  @Test("writer errors never show values")
  func writerErrors() {
    let application = ExternalApp(
      name: "c", serverURL: URL(string: "https://mybilling.com")!,
      credentials: Credentials(login: "u", password: Self.secret + "\n[x]y=z"))

    do {
      _ = try OptionsWriter().render(ExternalAppsConfiguration(applications: [application]))
      Issue.record("expected an error")
    } catch {
      for text in Self.renderings(of: error) {
        #expect(!text.contains(Self.secret), "\(text)")
      }
    }
  }
}
