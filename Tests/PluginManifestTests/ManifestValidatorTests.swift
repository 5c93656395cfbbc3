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
        == "duplicate key \"route\"; it first appears at 1:2, and readers disagree on which value wins, so keep only one"
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
      ("1.5", "panelSize 1.5 is invalid: expected a positive whole number such as 1", nil),
      ("0", "panelSize 0 is invalid: expected a positive whole number such as 1", nil),
      ("-1", "panelSize -1 is invalid: expected a positive whole number such as 1", nil),
      (#""wide""#, #"panelSize "wide" is invalid: expected a positive whole number such as 1"#, nil),
      ("2.0", "panelSize 2.0 is invalid: expected a positive whole number such as 1; write 2", "2"),
      ("1e1", "panelSize 1e1 is invalid: expected a positive whole number such as 1; write 10", "10"),
      (#""02""#, #"panelSize "02" is invalid: expected a positive whole number such as 1; write 2"#, "2"),
      (#"" 3""#, #"panelSize " 3" is invalid: expected a positive whole number such as 1; write 3"#, "3"),
      (
        "12345678901234567890",
        "panelSize 12345678901234567890 is invalid: expected a positive whole number such as 1", nil
      ),
      ("null", "panelSize null is invalid: expected a positive whole number such as 1", nil),
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
    #expect(diagnostic.message == #"linkLabel 5 is a number, not a string; write the link's text such as "Contracts""#)
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
        == #"required field linkLabel is missing; add "linkLabel": "Contracts", or rename "linkLable", "#
        + "which looks like a misspelling of it")
    #expect(missing.jsonPointer == "/linkLabel")
    #expect(missing.location == SourceLocation(line: 1, column: 1, offset: 0))
    let unknown = result.diagnostics[1]
    #expect(unknown.severity == .warning)
    #expect(unknown.message == #"unknown key "linkLable" is ignored; did you mean "linkLabel"?"#)
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
        == #"unknown key "description" is ignored; remove it, or move it into data to pass it to the plug-in"#)
    #expect(result.manifest != nil)
  }

  @Test("lists close host routes for an unknown route")
  func listsCloseRoutes() throws {
    let result = Self.validate(
      #"{"route":"/customers/:id/generalinfo","routerLink":"contracts","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestUnknownRoute)
    #expect(
      diagnostic.message
        == #"route "/customers/:id/generalinfo" is not a panel in the registry; did you mean "/customer/:id/general_info"?"#
    )
    #expect(diagnostic.fixIt == "/customer/:id/general_info")
    // A registry error still leaves the decoded model for callers that want it.
    #expect(result.manifest != nil)
    #expect(!result.isValid)
  }

  @Test("lists some host routes when none is close")
  func listsSomeHostRoutes() throws {
    let text = #"{"route":"/x","route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#
    let result = Self.validate(text)
    let diagnostic = try #require(result.diagnostics.first { $0.code == .manifestUnknownRoute })
    #expect(diagnostic.location == SourceLocation(line: 1, column: 10, offset: 9))
    #expect(
      diagnostic.message
        == #"route "/x" is not a panel in the registry; plug-ins can attach to "/customer/:id", "#
        + #""/customer/:id/general_info" or "/account/:id", among others"#)
    #expect(diagnostic.fixIt == nil)
  }

  @Test("points a leaf route at its host")
  func pointsLeafRouteAtHost() throws {
    let result = Self.validate(
      #"{"route":"/account/:id/general_info/life_cycle","routerLink":"contracts","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestRouteCannotHostPlugins)
    #expect(
      diagnostic.message
        == #"route "/account/:id/general_info/life_cycle" cannot host plug-ins because its panel has no subpanels; "#
        + #"did you mean "/account/:id/general_info"?"#)
    #expect(diagnostic.fixIt == "/account/:id/general_info")
  }

  @Test("accepts renamed route parameters with a warning")
  func acceptsRenamedParameters() throws {
    let result = Self.validate(
      #"{"route":"/customer/:customer_id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestRenamedRouteParameter)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.fixIt == "/customer/:id/general_info")
    #expect(result.isValid)
    #expect(result.fullRoute == "/customer/:id/general_info/contracts")
    #expect(result.manifest?.fullRoute == "/customer/:customer_id/general_info/contracts")
  }

  @Test("rejects a link equal to a subpanel, leading slash or not")
  func rejectsSubpanelLink() throws {
    let result = Self.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"/address_info","linkLabel":"Address"}"#)
    #expect(result.diagnostics.map(\.code) == [.manifestRouterLinkConflict, .manifestRouterLinkLeadingSlash])
    #expect(
      result.diagnostics[0].message
        == #"routerLink "/address_info" is already a subpanel of "/customer/:id/general_info"; "#
        + "choose a path that no subpanel uses")
  }

  @Test("accepts a link of several segments")
  func acceptsNestedLink() {
    let result = Self.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"address_info_plugin/list","linkLabel":"Addresses"}"#)
    #expect(result.diagnostics.isEmpty)
  }

  @Test(
    "offers obvious link repairs",
    arguments: [
      (#""verträge""#, "vertr%C3%A4ge"), (#""contracts ""#, "contracts"), (#""a\\b""#, "a/b"),
      (#""contracts?x=1""#, "contracts"), (#""contracts/""#, "contracts"), (#""//""#, nil),
      (#""my contracts""#, nil), (#""javascript:x""#, nil),
    ] as [(String, String?)])
  func offersLinkRepairs(written: String, fixIt: String?) throws {
    let result = Self.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"# + written + #","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first { $0.code == .manifestInvalidRouterLink })
    #expect(diagnostic.fixIt == fixIt)
  }

  @Test("rejects escapes that are not UTF-8")
  func rejectsNonUTF8Escapes() throws {
    let text = #"{"route":"/customer/:id/general_info","routerLink":"cont%acts","linkLabel":"Contracts"}"#
    let result = Self.validate(text)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestInvalidRouterLink)
    #expect(diagnostic.location?.column == 57)
    #expect(
      diagnostic.message
        == #"routerLink "cont%acts" is invalid: its percent-encoded bytes are not valid UTF-8; "#
        + #"write a relative path such as "contracts""#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(PluginManifest.self, from: Data(text.utf8))
    }
    #expect(
      Self.validate(#"{"route":"/customer/:id/general_info","routerLink":"vertr%C3%A4ge","linkLabel":"V"}"#).isValid)
  }

  @Test("decodes the plain label from markup")
  func decodesPlainLabel() throws {
    let result = Self.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"<i>Terms &amp; contracts</i>"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestLinkLabelMarkup)
    #expect(diagnostic.fixIt == "Terms & contracts")
    #expect(
      diagnostic.message
        == #"linkLabel "<i>Terms &amp; contracts</i>" contains markup "<i>", which PortaBilling shows as plain text; "#
        + #"write "Terms & contracts""#)
  }

  @Test("scans unclosed tags in one pass", .timeLimit(.minutes(1)))
  func scansUnclosedTags() throws {
    // 200,000 unclosed tags would take minutes with a search for ">" per "<".
    let label = "A" + String(repeating: "<a", count: 200_000)
    let text = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":""# + label + #""}"#
    let result = Self.validate(text)
    #expect(result.diagnostics.map(\.code) == [.manifestLongLinkLabel])
    let closed = Self.validate(Self.manifest().replacingOccurrences(of: "\"Contracts\"", with: "\"<a<b>C</b>\""))
    // As in HTML, "<a<b>" is one tag (named "a<b"), so the plain text is "C".
    #expect(closed.diagnostics.first?.fixIt == "C")
  }

  @Test("counts columns in characters, not bytes")
  func countsColumnsInCharacters() throws {
    let result = Self.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Verträge\u0001"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestInvalidLinkLabel)
    #expect(diagnostic.location?.column == 85)
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

  @Test("enforces the configured input size")
  func enforcesInputSize() {
    let options = ManifestValidator.Options(maximumInputSize: 64)
    let result = Self.validate(Self.manifest(), options: options)
    #expect(result.diagnostics.map(\.code) == [.jsonTooLarge])
  }

  @Test("enforces the configured depth")
  func enforcesDepth() {
    let nested = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
    let options = ManifestValidator.Options(maximumDepth: 8)
    let result = Self.validate(Self.manifest(#""data":"# + nested), options: options)
    #expect(result.diagnostics.map(\.code) == [.jsonTooDeep])
  }

  @Test("documents its defaults")
  func documentsDefaults() {
    let options = ManifestValidator.Options.default
    #expect(options.maximumInputSize == 8 * 1024 * 1024)
    #expect(options.maximumDepth == 256)
    #expect(options.maximumDataSize == 65_536)
    #expect(options.maximumLinkLabelLength == 40)
    #expect(options.maximumPanelSize == 4)
  }

  @Test("applies configured thresholds")
  func appliesThresholds() {
    let options = ManifestValidator.Options(maximumLinkLabelLength: 5, maximumPanelSize: 1)
    let result = Self.validate(Self.manifest(#""panelSize":2"#), options: options)
    #expect(result.diagnostics.map(\.code) == [.manifestLongLinkLabel, .manifestLargePanelSize])
    #expect(
      result.diagnostics.map(\.message) == [
        #"linkLabel "Contracts" is 9 characters long, so it may be cut off; shorten it to at most 5 characters"#,
        "panelSize 2 is larger than 1, so the panel may not fit the layout; use a size from 1 to 1",
      ])
  }

  @Test("warns about data over 64 KiB")
  func warnsAboutLargeData() throws {
    let payload = String(repeating: "x", count: 70_000)
    let result = Self.validate(Self.manifest(#""data":{"blob":""# + payload + #""}"#))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestLargeData)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.jsonPointer == "/data")
    #expect(
      diagnostic.message
        == "data is 70011 bytes when serialized, over 65536 bytes; "
        + "keep large content on the plug-in's server and pass a reference to it")
    #expect(result.manifest != nil)
  }

  @Test("measures data as compact JSON")
  func measuresCompactData() {
    // 100 KB of indentation is not data, but raw U+2028 grows when escaped.
    let padded = Self.manifest(#""data":["# + String(repeating: " ", count: 100_000) + "1]")
    #expect(Self.validate(padded).diagnostics.isEmpty)
    let separators = Self.manifest(#""data":""# + String(repeating: "\u{2028}", count: 12_000) + #"""#)
    #expect(Self.validate(separators).diagnostics.map(\.code) == [.manifestLargeData])
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

@Suite("PluginManifest documentation examples")
struct DocumentationExampleTests {
  @Test("prints the type documentation's example output")
  func printsTypeExample() {
    let validator = ManifestValidator(registry: .default)
    let result = validator.validate(Data(#"{"route":"/customer/:id/general_info"}"#.utf8), file: "plugin.json")
    #expect(
      result.diagnostics.map(\.formatted) == [
        #"plugin.json:1:1: error: required field routerLink is missing; add "routerLink": "contracts" [manifest.missing-field]"#,
        #"plugin.json:1:1: error: required field linkLabel is missing; add "linkLabel": "Contracts" [manifest.missing-field]"#,
      ])
  }

  @Test("prints the module page's example output")
  func printsModulePageExample() {
    let validator = ManifestValidator(registry: .default)
    let text = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#
    let result = validator.validate(Data(text.utf8), file: "plugin.json")
    #expect(
      result.diagnostics.map(\.formatted) == [
        #"plugin.json:1:1: error: required field linkLabel is missing; add "linkLabel": "Contracts", "#
          + #"or rename "linkLable", which looks like a misspelling of it [manifest.missing-field]"#,
        #"plugin.json:1:64: warning: unknown key "linkLable" is ignored; did you mean "linkLabel"? [manifest.unknown-key]"#,
      ])
  }
}

@Suite("ManifestValidator pattern limits")
struct PatternLimitTests {
  @Test("rejects a link that makes the route too long")
  func rejectsOverlongFullRoute() throws {
    let link = Array(repeating: "s", count: 62).joined(separator: "/")
    let text = #"{"route":"/customer/:id/general_info","routerLink":"\#(link)","linkLabel":"Contracts"}"#
    let result = ManifestValidator(registry: .default).validate(Data(text.utf8))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestInvalidRouterLink)
    // Messages print at most 60 characters of a value, so the link is cut after 29 segments.
    let shown = "\"" + String(repeating: "s/", count: 29) + "…\""
    #expect(
      diagnostic.message
        == "routerLink \(shown) is invalid: "
        + #"joined to the route "/customer/:id/general_info", it has 65 segments, over the maximum of 64; "#
        + #"write a relative path such as "contracts""#)
  }
}
