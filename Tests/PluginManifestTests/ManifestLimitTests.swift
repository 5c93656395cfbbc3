import Foundation
import PanelRouting
import PluginManifest
import PortaDiagnostics
import PortaJSON
import PortaPluginFixtures
import Testing

@Suite("ManifestValidator limits")
struct ManifestLimitTests {
  @Test("enforces the configured input size")
  func enforcesInputSize() {
    let options = ManifestValidator.Options(maximumInputSize: 64)
    let result = ManifestValidatorTests.validate(ManifestValidatorTests.manifest(), options: options)
    #expect(result.diagnostics.map(\.code) == [.jsonTooLarge])
  }

  @Test("enforces the configured depth")
  func enforcesDepth() {
    let nested = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
    let options = ManifestValidator.Options(maximumDepth: 8)
    let result = ManifestValidatorTests.validate(
      ManifestValidatorTests.manifest(#""data":"# + nested), options: options)
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
    let result = ManifestValidatorTests.validate(ManifestValidatorTests.manifest(#""panelSize":2"#), options: options)
    #expect(result.diagnostics.map(\.code) == [.manifestLongLinkLabel, .manifestLargePanelSize])
    #expect(
      result.diagnostics.map(\.message) == [
        #"linkLabel "Contracts" is 9 characters long, so it may be cut off. Shorten it to at most 5 characters."#,
        "panelSize 2 is larger than 1, so the panel may not fit the layout. Use a size from 1 to 1.",
      ])
  }

  @Test("warns about data over 64 KiB")
  func warnsAboutLargeData() throws {
    let payload = String(repeating: "x", count: 70_000)
    let result = ManifestValidatorTests.validate(
      ManifestValidatorTests.manifest(#""data":{"blob":""# + payload + #""}"#))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .manifestLargeData)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.jsonPointer == "/data")
    #expect(
      diagnostic.message
        == "data is 70011 bytes when serialized, over 65536 bytes. "
        + "Keep large content on the plug-in's server and pass a reference to it.")
    #expect(result.manifest != nil)
  }

  @Test("measures data as compact JSON")
  func measuresCompactData() {
    // 100 KB of indentation is not data, but raw U+2028 grows when escaped.
    let padded = ManifestValidatorTests.manifest(#""data":["# + String(repeating: " ", count: 100_000) + "1]")
    #expect(ManifestValidatorTests.validate(padded).diagnostics.isEmpty)
    let separators = ManifestValidatorTests.manifest(
      #""data":""# + String(repeating: "\u{2028}", count: 12_000) + #"""#)
    #expect(ManifestValidatorTests.validate(separators).diagnostics.map(\.code) == [.manifestLargeData])
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
        + #"joined to the route "/customer/:id/general_info", it has 65 segments, over the maximum of 64. "#
        + #"Write a relative path such as "contracts"."#)
  }
}
