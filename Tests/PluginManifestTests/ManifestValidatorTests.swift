import Foundation
import PanelRouting
import PluginManifest
import PortaDiagnostics
import PortaJSON
import PortaPluginFixtures
import Testing

@Suite("ManifestValidator")
struct ManifestValidatorTests {
  static let validator = ManifestValidator(registry: .default)

  /// Validates `text` as `plugin.json` with the default registry and options.
  static func validate(_ text: String, options: ManifestValidator.Options = .default) -> ManifestValidation {
    ManifestValidator(registry: .default, options: options).validate(Data(text.utf8), file: "plugin.json")
  }

  /// Returns a manifest with the three required fields and `extra` members appended.
  static func manifest(_ extra: String = "") -> String {
    #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts""#
      + (extra.isEmpty ? "" : "," + extra) + "}"
  }

  @Test("accepts the documented example without diagnostics")
  func acceptsExample() throws {
    let result = Self.validator.validate(ManifestSamples.valid.bytes, file: "plugin.json")
    #expect(result.diagnostics.isEmpty)
    #expect(result.isValid)
    let manifest = try #require(result.manifest)
    #expect(manifest.route == "/customer/:id/general_info")
    #expect(manifest.routerLink == "contracts")
    #expect(manifest.linkLabel == "Contracts")
    #expect(manifest.panelSize == 1)
    #expect(manifest.data?.objectValue?.keys == ["endpoint", "refreshSeconds", "columns"])
    #expect(result.hostPanel?.title == "General info")
    #expect(result.fullRoute == "/customer/:id/general_info/contracts")
  }

  @Test("reports a repeated key at its second occurrence")
  func reportsRepeatedKey() throws {
    let text = #"{"route":"/x","route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#
    let result = Self.validate(text)
    let duplicate = try #require(result.diagnostics.first { $0.code == .jsonDuplicateKey })
    #expect(duplicate.severity == .error)
    #expect(duplicate.location == SourceLocation(line: 1, column: 15, offset: 14))
    #expect(duplicate.jsonPointer == "/route")
    #expect(
      duplicate.message
        == "Duplicate key \"route\". It first appears at 1:2, and readers disagree on which value wins, so keep only one."
    )
    #expect(result.manifest == nil)
  }

  @Test("finds the pointer of a repeated key inside data")
  func pointsAtNestedRepeatedKey() throws {
    let result = Self.validate(Self.manifest(#""data":{"rows":[{"a":1,"a":2}]}"#))
    let duplicate = try #require(result.diagnostics.first { $0.code == .jsonDuplicateKey })
    #expect(duplicate.jsonPointer == "/data/rows/0/a")
  }

  @Test("points at every repeated key in a large object", .timeLimit(.minutes(1)))
  func pointsAtManyRepeatedKeys() {
    // 20,000 members with every key written twice, to catch a linear search per repeated key.
    let members = (0..<10_000).flatMap { [#""k\#($0)":1"#, #""k\#($0)":2"#] }
    let result = Self.validate(Self.manifest(#""data":{"# + members.joined(separator: ",") + "}"))
    let duplicates = result.diagnostics.filter { $0.code == .jsonDuplicateKey }
    #expect(duplicates.count == 10_000)
    #expect(duplicates.first?.jsonPointer == "/data/k0")
    #expect(duplicates.last?.jsonPointer == "/data/k9999")
  }

  @Test("accepts panelSize written as a string")
  func acceptsStringPanelSize() throws {
    let result = Self.validate(Self.manifest(#""panelSize":"2""#))
    #expect(result.diagnostics.isEmpty)
    #expect(result.manifest?.panelSize == 2)
  }

  @Test(
    "rejects panelSize values that are no positive whole number",
    arguments: [
      ("1.5", "panelSize 1.5 is invalid: expected a positive whole number such as 1.", nil),
      ("0", "panelSize 0 is invalid: expected a positive whole number such as 1.", nil),
      ("-1", "panelSize -1 is invalid: expected a positive whole number such as 1.", nil),
      (#""wide""#, #"panelSize "wide" is invalid: expected a positive whole number such as 1."#, nil),
      ("2.0", "panelSize 2.0 is invalid: expected a positive whole number such as 1. Write 2.", "2"),
      ("1e1", "panelSize 1e1 is invalid: expected a positive whole number such as 1. Write 10.", "10"),
      (#""02""#, #"panelSize "02" is invalid: expected a positive whole number such as 1. Write 2."#, "2"),
      (#"" 3""#, #"panelSize " 3" is invalid: expected a positive whole number such as 1. Write 3."#, "3"),
      (
        "12345678901234567890",
        "panelSize 12345678901234567890 is too large. A panel is a few standard widths wide, "
          + "so write a size such as 1 or 2.", nil
      ),
      ("null", "panelSize null is invalid: expected a positive whole number such as 1.", nil),
    ] as [(String, String, String?)]
  )
  func rejectsPanelSize(written: String, message: String, fixIt: String?) throws {
    let result = Self.validate(Self.manifest(#""panelSize":"# + written))
    #expect(result.diagnostics.count == 1)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestInvalidPanelSize)
    #expect(diagnostic.message == message)
    #expect(diagnostic.jsonPointer == "/panelSize")
    #expect(diagnostic.fixIt == fixIt)
    #expect(diagnostic.location == SourceLocation(line: 1, column: 100, offset: 99))
    #expect(result.manifest == nil)
  }

  @Test("names the field and type of a mistyped label")
  func namesMistypedLabel() throws {
    let result = Self.validate(#"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":5}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestWrongType)
    #expect(diagnostic.message == #"linkLabel 5 is a number, not a string. Write the link's text such as "Contracts"."#)
    #expect(diagnostic.jsonPointer == "/linkLabel")
  }

  @Test("reports a misspelt key and the field it misses")
  func reportsMisspeltKey() throws {
    let result = Self.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#)
    #expect(result.diagnostics.map(\.code) == [.manifestMissingField, .manifestUnknownKey])
    let missing = result.diagnostics[0]
    #expect(missing.severity == .error)
    #expect(
      missing.message
        == #"Required field linkLabel is missing. Add "linkLabel": "Contracts", or rename "linkLable", "#
        + "which looks like a misspelling of it.")
    #expect(missing.jsonPointer == "/linkLabel")
    #expect(missing.location == SourceLocation(line: 1, column: 1, offset: 0))
    let unknown = result.diagnostics[1]
    #expect(unknown.severity == .warning)
    #expect(unknown.message == #"Unknown key "linkLable" is ignored. Did you mean "linkLabel"?"#)
    #expect(unknown.fixIt == "linkLabel")
    #expect(unknown.jsonPointer == "/linkLable")
    #expect(unknown.location == SourceLocation(line: 1, column: 64, offset: 63))
  }

  @Test(
    "suggests the known key for near misses",
    arguments: [
      ("routerlink", "routerLink"), ("link_label", "linkLabel"), ("panel_size", "panelSize"), ("Route", "route"),
      ("RouterLink", "routerLink"), ("linklabel", "linkLabel"), ("panelsize", "panelSize"), ("date", "data"),
    ])
  func suggestsKnownKey(key: String, suggestion: String) throws {
    let result = Self.validate(Self.manifest(#"""# + key + #"":1"#))
    let diagnostic = try #require(result.diagnostics.first { $0.code == .manifestUnknownKey })
    #expect(diagnostic.fixIt == suggestion)
  }

  @Test("leaves unrelated unknown keys without a suggestion")
  func unknownKeyWithoutSuggestion() throws {
    let result = Self.validate(Self.manifest(#""description":"x""#))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.fixIt == nil)
    #expect(
      diagnostic.message
        == #"Unknown key "description" is ignored. Remove it, or move it into data to pass it to the plug-in."#)
    #expect(result.manifest != nil)
  }

  @Test("orders diagnostics by location")
  func ordersDiagnostics() {
    let text = """
      {
        "panelSize": 0,
        "linkLabel": "",
        "extra": true,
        "routerLink": "?",
        "route": 1
      }
      """
    let result = Self.validate(text)
    #expect(result.diagnostics.map(\.location?.line) == [2, 3, 4, 5, 6])
    #expect(
      result.diagnostics.map(\.code) == [
        .manifestInvalidPanelSize, .manifestEmptyLinkLabel, .manifestUnknownKey, .manifestInvalidRouterLink,
        .manifestWrongType,
      ])
  }

  @Test("passes reader errors through and stops")
  func passesReaderErrors() {
    let cases: [(String, DiagnosticCode)] = [
      ("", .jsonEmptyInput), ("{", .jsonUnexpectedEnd), (#"{"route":NaN}"#, .jsonInvalidLiteral),
      (#"{'route':1}"#, .jsonSingleQuote),
    ]
    for (text, code) in cases {
      let result = Self.validate(text)
      #expect(result.diagnostics.map(\.code) == [code], "\(text)")
      #expect(result.manifest == nil, "\(text)")
    }
  }

  @Test("rejects invalid UTF-8")
  func rejectsInvalidUTF8() {
    var bytes = Array(Self.manifest().utf8)
    bytes[78] = 0xFF
    let result = Self.validator.validate(bytes)
    #expect(result.diagnostics.map(\.code) == [.jsonInvalidUTF8])
    #expect(result.diagnostics.first?.file == nil)
  }

  @Test("checks a custom registry")
  func checksCustomRegistry() throws {
    var builder = PanelRegistryBuilder()
    try builder.add(route: "/vendor/:vendor_id", title: "Vendor")
    try builder.add(route: "/vendor/:vendor_id/contacts", title: "Contacts")
    let registry = try builder.build()
    let validator = ManifestValidator(registry: registry)
    let text = #"{"route":"/vendor/:vendor_id","routerLink":"ratings","linkLabel":"Ratings"}"#
    #expect(validator.validate(Data(text.utf8)).diagnostics.isEmpty)
    let result = Self.validator.validate(Data(text.utf8))
    #expect(result.diagnostics.map(\.code) == [.manifestRenamedRouteParameter, .manifestRouteCannotHostPlugins])
  }

  @Test("validates through the static shortcut")
  func validatesThroughShortcut() {
    let diagnostics = PluginManifest.validate(Data(Self.manifest(#""panelSize":0"#).utf8), registry: .default)
    #expect(diagnostics.map(\.code) == [.manifestInvalidPanelSize])
    #expect(PluginManifest.validate(ManifestSamples.valid.bytes, registry: .default).isEmpty)
  }

  @Test("matches every sample's expected codes", arguments: ManifestSamples.all)
  func matchesSamples(_ sample: ManifestSample) {
    let result = Self.validator.validate(sample.bytes)
    #expect(result.diagnostics.map(\.code) == sample.expectedCodes)
  }
}
