import Foundation
import PanelRouting
import PluginManifest
import PortaDiagnostics
import PortaJSON
import PortaPluginFixtures
import Testing

@Suite("ManifestValidator field rules")
struct ManifestFieldRuleTests {
  @Test("lists close host routes for an unknown route")
  func listsCloseRoutes() throws {
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customers/:id/generalinfo","routerLink":"contracts","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestUnknownRoute)
    #expect(
      diagnostic.message
        == #"route "/customers/:id/generalinfo" is not a panel in the registry. Did you mean "/customer/:id/general_info"?"#
    )
    #expect(diagnostic.fixIt == "/customer/:id/general_info")
    // A registry error still leaves the decoded model for callers that want it.
    #expect(result.manifest != nil)
    #expect(!result.isValid)
  }

  @Test(
    "rejects invisible and reordering labels",
    arguments: [
      (#""\u200b""#, DiagnosticCode.manifestEmptyLinkLabel),
      (#"" \u2060\ufeff ""#, DiagnosticCode.manifestEmptyLinkLabel),
      (#""abc\u202edcba""#, DiagnosticCode.manifestInvalidLinkLabel),
      (#""\u2067Contracts\u2069""#, DiagnosticCode.manifestInvalidLinkLabel),
    ])
  func rejectsInvisibleLabels(label: String, code: DiagnosticCode) throws {
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"# + label + "}")
    #expect(result.diagnostics.map(\.code) == [code])
    #expect(result.diagnostics.first?.severity == .error)
  }

  @Test("rejects percent-encoded dot segments", arguments: ["%2E%2E", "%2e", "a/%2E%2E", "%2E%2E/x"])
  func rejectsEncodedDotSegments(routerLink: String) {
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customer/:id/general_info","routerLink":""# + routerLink + #"","linkLabel":"X"}"#)
    #expect(result.diagnostics.map(\.code) == [.manifestInvalidRouterLink])
  }

  @Test("lists some host routes when none is close")
  func listsSomeHostRoutes() throws {
    let text = #"{"route":"/x","route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#
    let result = ManifestValidatorTests.validate(text)
    let diagnostic = try #require(result.diagnostics.first { $0.code == .manifestUnknownRoute })
    #expect(diagnostic.location == SourceLocation(line: 1, column: 10, offset: 9))
    #expect(
      diagnostic.message
        == #"route "/x" is not a panel in the registry. Plug-ins can attach to "/customer/:id", "#
        + #""/customer/:id/general_info" or "/account/:id", among others."#)
    #expect(diagnostic.fixIt == nil)
  }

  @Test("points a leaf route at its host")
  func pointsLeafRouteAtHost() throws {
    let result = ManifestValidatorTests.validate(
      #"{"route":"/account/:id/general_info/life_cycle","routerLink":"contracts","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestRouteCannotHostPlugins)
    #expect(
      diagnostic.message
        == #"route "/account/:id/general_info/life_cycle" cannot host plug-ins because its panel has no subpanels. "#
        + #"Did you mean "/account/:id/general_info"?"#)
    #expect(diagnostic.fixIt == "/account/:id/general_info")
  }

  @Test("accepts renamed route parameters with a warning")
  func acceptsRenamedParameters() throws {
    let result = ManifestValidatorTests.validate(
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
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"/address_info","linkLabel":"Address"}"#)
    #expect(result.diagnostics.map(\.code) == [.manifestRouterLinkConflict, .manifestRouterLinkLeadingSlash])
    #expect(
      result.diagnostics[0].message
        == #"routerLink "/address_info" is already a subpanel of "/customer/:id/general_info". "#
        + "Choose a path that no subpanel uses.")
  }

  @Test("accepts a link of several segments")
  func acceptsNestedLink() {
    let result = ManifestValidatorTests.validate(
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
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"# + written + #","linkLabel":"Contracts"}"#)
    let diagnostic = try #require(result.diagnostics.first { $0.code == .manifestInvalidRouterLink })
    #expect(diagnostic.fixIt == fixIt)
  }

  @Test("rejects escapes that are not UTF-8")
  func rejectsNonUTF8Escapes() throws {
    let text = #"{"route":"/customer/:id/general_info","routerLink":"cont%acts","linkLabel":"Contracts"}"#
    let result = ManifestValidatorTests.validate(text)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestInvalidRouterLink)
    #expect(diagnostic.location?.column == 57)
    #expect(
      diagnostic.message
        == #"routerLink "cont%acts" is invalid: its percent-encoded bytes are not valid UTF-8. "#
        + #"Write a relative path such as "contracts"."#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(PluginManifest.self, from: Data(text.utf8))
    }
    #expect(
      ManifestValidatorTests.validate(
        #"{"route":"/customer/:id/general_info","routerLink":"vertr%C3%A4ge","linkLabel":"V"}"#
      ).isValid)
  }

  @Test("decodes the plain label from markup")
  func decodesPlainLabel() throws {
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"<i>Terms &amp; contracts</i>"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestLinkLabelMarkup)
    #expect(diagnostic.fixIt == "Terms & contracts")
    #expect(
      diagnostic.message
        == #"linkLabel "<i>Terms &amp; contracts</i>" contains markup "<i>", which PortaBilling shows as plain text. "#
        + #"Write "Terms & contracts"."#)
  }

  @Test("scans unclosed tags in one pass", .timeLimit(.minutes(1)))
  func scansUnclosedTags() throws {
    // 200,000 unclosed tags would take minutes with a search for ">" per "<".
    let label = "A" + String(repeating: "<a", count: 200_000)
    let text = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":""# + label + #""}"#
    let result = ManifestValidatorTests.validate(text)
    #expect(result.diagnostics.map(\.code) == [.manifestLongLinkLabel])
    let closed = ManifestValidatorTests.validate(
      ManifestValidatorTests.manifest().replacingOccurrences(of: "\"Contracts\"", with: "\"<a<b>C</b>\""))
    // As in HTML, "<a<b>" is one tag (named "a<b"), so the plain text is "C".
    #expect(closed.diagnostics.first?.fixIt == "C")
  }

  @Test("counts columns in characters, not bytes")
  func countsColumnsInCharacters() throws {
    let result = ManifestValidatorTests.validate(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Verträge\u0001"}"#)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .manifestInvalidLinkLabel)
    #expect(diagnostic.location?.column == 85)
  }

}
