import Foundation
import PanelRouting
import PluginManifest
import PortaDiagnostics
import Testing

@Suite("ManifestValidator configurations")
struct ManifestConfigurationTests {
  static let validator = ManifestValidator(registry: .default)

  static func document(
    _ file: String?,
    route: String = "/customer/:id/general_info",
    link: String,
    label: String
  ) -> ManifestDocument {
    let text = #"{"route":"\#(route)","routerLink":"\#(link)","linkLabel":"\#(label)"}"#
    return ManifestDocument(bytes: Data(text.utf8), file: file)
  }

  @Test("rejects two plug-ins at one route")
  func rejectsSameRoute() throws {
    let results = Self.validator.validate([
      Self.document("contracts.json", link: "contracts", label: "Contracts"),
      Self.document("other.json", route: "/customer/:customer_id/general_info", link: "/contracts", label: "Deals"),
    ])
    #expect(results.count == 2)
    #expect(results[0].diagnostics.isEmpty)
    let diagnostic = try #require(results[1].diagnostics.first { $0.code == .manifestDuplicatePlugin })
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.file == "other.json")
    #expect(diagnostic.jsonPointer == "/routerLink")
    #expect(diagnostic.location == SourceLocation(line: 1, column: 61, offset: 60))
    #expect(
      diagnostic.message
        == #"Plug-in route "/customer/:id/general_info/contracts" is already used by contracts.json. "#
        + "Give each plug-in its own route or routerLink.")
    #expect(!results[1].isValid)
  }

  @Test("warns about one label twice on a panel")
  func warnsAboutSameLabel() throws {
    let results = Self.validator.validate([
      Self.document(nil, link: "contracts", label: "Contracts"),
      Self.document(nil, link: "contracts_v2", label: " contracts"),
    ])
    let diagnostic = try #require(results[1].diagnostics.first { $0.code == .manifestDuplicateLinkLabel })
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.jsonPointer == "/linkLabel")
    #expect(diagnostic.location?.column == 79)
    #expect(
      diagnostic.message
        == #"linkLabel " contracts" is already used on "/customer/:id/general_info" by manifest 1. "#
        + "Give each plug-in on a panel its own label.")
    #expect(results[1].isValid)
  }

  @Test("allows one label on different panels")
  func allowsLabelOnOtherPanel() {
    let results = Self.validator.validate([
      Self.document("a.json", link: "contracts", label: "Contracts"),
      Self.document("b.json", route: "/account/:id/general_info", link: "contracts", label: "Contracts"),
    ])
    #expect(results.allSatisfy { $0.diagnostics.isEmpty })
  }

  @Test("skips manifests that did not decode")
  func skipsUndecodedManifests() {
    let broken = ManifestDocument(bytes: Data("{".utf8), file: "broken.json")
    let results = Self.validator.validate([
      broken,
      Self.document("a.json", link: "contracts", label: "Contracts"),
      Self.document("b.json", link: "contracts", label: "Contracts"),
    ])
    #expect(results.map(\.file) == ["broken.json", "a.json", "b.json"])
    #expect(results[0].diagnostics.map(\.code) == [.jsonUnexpectedEnd])
    #expect(results[1].diagnostics.isEmpty)
    #expect(results[2].diagnostics.map(\.code) == [.manifestDuplicatePlugin, .manifestDuplicateLinkLabel])
  }

  @Test("checks validations made one by one")
  func checksSeparateValidations() {
    let first = Self.validator.validate(Self.document("a.json", link: "contracts", label: "A").bytes, file: "a.json")
    let second = Self.validator.validate(Self.document("b.json", link: "contracts", label: "B").bytes, file: "b.json")
    let results = ManifestValidator.checkTogether([first, second])
    #expect(results[0].diagnostics.isEmpty)
    #expect(results[1].diagnostics.map(\.code) == [.manifestDuplicatePlugin])
  }
}

@Suite("ManifestValidator configuration places")
struct ConfigurationPlaceTests {
  @Test("locates fields on later lines")
  func locatesFieldsOnLaterLines() throws {
    let first = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#
    let second = """
      {
        "route": "/customer/:id/general_info",
        "linkLabel": "Vertr\u{E4}ge",
        "routerLink": "contracts"
      }
      """
    let results = ManifestValidator(registry: .default).validate([
      ManifestDocument(bytes: Data(first.utf8), file: "a.json"),
      ManifestDocument(bytes: Data(second.utf8), file: "b.json"),
    ])
    let diagnostic = try #require(results[1].diagnostics.first)
    #expect(diagnostic.code == .manifestDuplicatePlugin)
    #expect(diagnostic.location == SourceLocation(line: 4, column: 17, offset: 87))
  }
}

@Suite("ManifestValidator files")
struct ManifestFileTests {
  @Test("validates manifests read from disk")
  func validatesFilesFromDisk() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("manifest-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let good = directory.appendingPathComponent("contracts.json")
    let bad = directory.appendingPathComponent("usage.json")
    try Data(#"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#.utf8)
      .write(to: good)
    try Data("{\r\n  \"route\": \"/customer/:id/general_info\",\r\n  \"routerLink\": \"contracts\",\r\n}".utf8)
      .write(to: bad)

    let documents = try [good, bad].map {
      ManifestDocument(bytes: try Data(contentsOf: $0), file: $0.lastPathComponent)
    }
    let results = ManifestValidator(registry: .default).validate(documents)
    #expect(results[0].diagnostics.isEmpty)
    // CRLF line ends count as one line break each; the CR stays on its line.
    #expect(
      results[1].diagnostics.map(\.formatted) == [
        "usage.json:3:28: error: Trailing comma before '}'. Remove the comma. [json.trailing-comma]"
      ])
  }
}
