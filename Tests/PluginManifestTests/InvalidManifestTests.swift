import Foundation
import PanelRouting
import PluginManifest
import PortaDiagnostics
import PortaJSON
import Testing

/// One invalid manifest and the diagnostic the validator must report for it.
struct InvalidManifest: CustomTestStringConvertible, Sendable {
  var name: String
  var text: String
  var code: DiagnosticCode
  var severity: Severity
  var line: Int
  var column: Int

  init(_ name: String, _ text: String, _ code: DiagnosticCode, _ severity: Severity, line: Int, column: Int) {
    self.name = name
    self.text = text
    self.code = code
    self.severity = severity
    self.line = line
    self.column = column
  }

  var testDescription: String { name }
}

@Suite("ManifestValidator invalid manifests")
struct InvalidManifestTests {
  static let cases: [InvalidManifest] = [
    InvalidManifest("array at top level", #"[1]"#, .manifestNotAnObject, .error, line: 1, column: 1),
    InvalidManifest("string at top level", #""route""#, .manifestNotAnObject, .error, line: 1, column: 1),
    InvalidManifest(
      "missing route", #"{"routerLink":"contracts","linkLabel":"Contracts"}"#, .manifestMissingField, .error, line: 1,
      column: 1),
    InvalidManifest(
      "missing routerLink on line 2", "\n  {\"route\":\"/customer/:id/general_info\",\"linkLabel\":\"Contracts\"}",
      .manifestMissingField, .error, line: 2, column: 3),
    InvalidManifest(
      "missing linkLabel", #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#,
      .manifestMissingField, .error, line: 1, column: 1),
    InvalidManifest(
      "misspelt linkLable", #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#,
      .manifestUnknownKey, .warning, line: 1, column: 64),
    InvalidManifest(
      "lower-case routerlink",
      #"{"route":"/customer/:id/general_info","routerlink":"contracts","linkLabel":"Contracts"}"#, .manifestUnknownKey,
      .warning, line: 1, column: 39),
    InvalidManifest(
      "snake-case link_label",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","link_label":"Contracts"}"#, .manifestUnknownKey,
      .warning, line: 1, column: 64),
    InvalidManifest(
      "snake-case panel_size",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panel_size":2}"#,
      .manifestUnknownKey, .warning, line: 1, column: 88),
    InvalidManifest(
      "capitalised Route", #"{"Route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestUnknownKey, .warning, line: 1, column: 2),
    InvalidManifest(
      "number route", #"{"route":42,"routerLink":"contracts","linkLabel":"Contracts"}"#, .manifestWrongType, .error,
      line: 1, column: 10),
    InvalidManifest(
      "array routerLink", #"{"route":"/customer/:id/general_info","routerLink":["contracts"],"linkLabel":"Contracts"}"#,
      .manifestWrongType, .error, line: 1, column: 52),
    InvalidManifest(
      "number linkLabel", #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":5}"#,
      .manifestWrongType, .error, line: 1, column: 76),
    InvalidManifest(
      "null linkLabel", #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":null}"#,
      .manifestWrongType, .error, line: 1, column: 76),
    InvalidManifest(
      "repeated route parameter", #"{"route":"/customer/:id/:id","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRoute, .error, line: 1, column: 25),
    InvalidManifest(
      "empty route segment", #"{"route":"/customer//general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRoute, .error, line: 1, column: 21),
    InvalidManifest(
      "space in route", #"{"route":"/customer/:id/general info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRoute, .error, line: 1, column: 32),
    InvalidManifest(
      "route without leading slash.",
      #"{"route":"customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestNonCanonicalRoute, .warning, line: 1, column: 11),
    InvalidManifest(
      "route with trailing slash.",
      #"{"route":"/customer/:id/general_info/","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestNonCanonicalRoute, .warning, line: 1, column: 37),
    InvalidManifest(
      "unregistered route",
      #"{"route":"/customers/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestUnknownRoute, .error, line: 1, column: 10),
    InvalidManifest(
      "leaf panel route",
      #"{"route":"/customer/:id/general_info/address_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestRouteCannotHostPlugins, .error, line: 1, column: 10),
    InvalidManifest(
      "renamed route parameter",
      #"{"route":"/customer/:customer_id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .manifestRenamedRouteParameter, .warning, line: 1, column: 10),
    InvalidManifest(
      "javascript scheme",
      #"{"route":"/customer/:id/general_info","routerLink":"javascript:alert(1)","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 53),
    InvalidManifest(
      "https scheme",
      #"{"route":"/customer/:id/general_info","routerLink":"https://evil.example/x","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 53),
    InvalidManifest(
      "query string in link",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts?tab=1","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 62),
    InvalidManifest(
      "fragment in link",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts#top","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 62),
    InvalidManifest(
      "parent segment in link",
      #"{"route":"/customer/:id/general_info","routerLink":"../contracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 53),
    InvalidManifest(
      "dot segment in link",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts/./list","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 63),
    InvalidManifest(
      "space in link", #"{"route":"/customer/:id/general_info","routerLink":"my contracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 55),
    InvalidManifest(
      "escaped tab in link",
      #"{"route":"/customer/:id/general_info","routerLink":"con\ttracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 56),
    InvalidManifest(
      "empty link", #"{"route":"/customer/:id/general_info","routerLink":"","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 52),
    InvalidManifest(
      "leading slash in link",
      #"{"route":"/customer/:id/general_info","routerLink":"/contracts","linkLabel":"Contracts"}"#,
      .manifestRouterLinkLeadingSlash, .warning, line: 1, column: 53),
    InvalidManifest(
      "empty segment in link",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts//list","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 63),
    InvalidManifest(
      "trailing slash in link",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts/","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 62),
    InvalidManifest(
      "parameter in link", #"{"route":"/customer/:id/general_info","routerLink":":id","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 53),
    InvalidManifest(
      "non-ASCII link", #"{"route":"/customer/:id/general_info","routerLink":"verträge","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 58),
    InvalidManifest(
      "bad percent-encoding in link",
      #"{"route":"/customer/:id/general_info","routerLink":"con%zzracts","linkLabel":"Contracts"}"#,
      .manifestInvalidRouterLink, .error, line: 1, column: 56),
    InvalidManifest(
      "link equal to a subpanel",
      #"{"route":"/customer/:id/general_info","routerLink":"address_info","linkLabel":"Contracts"}"#,
      .manifestRouterLinkConflict, .error, line: 1, column: 52),
    InvalidManifest(
      "blank label", #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"   "}"#,
      .manifestEmptyLinkLabel, .error, line: 1, column: 76),
    InvalidManifest(
      "line break in label",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Con\ntracts"}"#,
      .manifestInvalidLinkLabel, .error, line: 1, column: 80),
    InvalidManifest(
      "bell after escapes in label",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"\u00e9t\u00e9\u0007"}"#,
      .manifestInvalidLinkLabel, .error, line: 1, column: 90),
    InvalidManifest(
      "label with surrounding space",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":" Contracts"}"#,
      .manifestLinkLabelWhitespace, .warning, line: 1, column: 77),
    InvalidManifest(
      "label with markup",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"<b>Contracts</b>"}"#,
      .manifestLinkLabelMarkup, .warning, line: 1, column: 77),
    InvalidManifest(
      "label with character reference",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Terms &amp; contracts"}"#,
      .manifestLinkLabelMarkup, .warning, line: 1, column: 83),
    InvalidManifest(
      "label over 40 characters",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts and agreements of this customer account"}"#,
      .manifestLongLinkLabel, .warning, line: 1, column: 76),
    InvalidManifest(
      "zero panelSize",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":0}"#,
      .manifestInvalidPanelSize, .error, line: 1, column: 100),
    InvalidManifest(
      "negative panelSize",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":-1}"#,
      .manifestInvalidPanelSize, .error, line: 1, column: 100),
    InvalidManifest(
      "fractional panelSize",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":1.5}"#,
      .manifestInvalidPanelSize, .error, line: 1, column: 100),
    InvalidManifest(
      "word panelSize",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":"wide"}"#,
      .manifestInvalidPanelSize, .error, line: 1, column: 100),
    InvalidManifest(
      "boolean panelSize",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":true}"#,
      .manifestInvalidPanelSize, .error, line: 1, column: 100),
    InvalidManifest(
      "panelSize over 4.",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":5}"#,
      .manifestLargePanelSize, .warning, line: 1, column: 100),
    InvalidManifest(
      "panelSize on line 5.",
      "{\n  \"route\": \"/customer/:id/general_info\",\n  \"routerLink\": \"contracts\",\n  \"linkLabel\": \"Contracts\",\n  \"panelSize\": 0\n}",
      .manifestInvalidPanelSize, .error, line: 5, column: 16),
    InvalidManifest(
      "trailing comma",
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":1,}"#,
      .jsonTrailingComma, .error, line: 1, column: 101),
    InvalidManifest(
      "repeated route key",
      #"{"route":"/x","route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      .jsonDuplicateKey, .error, line: 1, column: 15),
    InvalidManifest(
      "comment",
      "{\"route\":\"/customer/:id/general_info\", // host\n\"routerLink\":\"contracts\",\"linkLabel\":\"Contracts\"}",
      .jsonComment, .error, line: 1, column: 40),
    InvalidManifest(
      "byte order mark",
      "\u{FEFF}{\"route\":\"/customer/:id/general_info\",\"routerLink\":\"contracts\",\"linkLabel\":\"Contracts\"}",
      .jsonByteOrderMark, .warning, line: 1, column: 1),
  ]

  @Test("reports the code, severity and place", arguments: cases)
  func reportsCodeSeverityAndPlace(_ entry: InvalidManifest) throws {
    let validator = ManifestValidator(registry: .default)
    let result = validator.validate(Data(entry.text.utf8), file: "plugin.json")
    let diagnostic = try #require(
      result.diagnostics.first { $0.code == entry.code },
      "no \(entry.code) among \(result.diagnostics.map(\.formatted))")
    #expect(diagnostic.severity == entry.severity)
    #expect(diagnostic.location?.line == entry.line)
    #expect(diagnostic.location?.column == entry.column)
    #expect(diagnostic.file == "plugin.json")
  }

  @Test("every error leaves the manifest invalid", arguments: cases.filter { $0.severity == .error })
  func errorsMakeManifestInvalid(_ entry: InvalidManifest) {
    let result = ManifestValidator(registry: .default).validate(Data(entry.text.utf8))
    #expect(!result.isValid)
  }

  /// Cases whose only diagnostics are warnings.
  static let warningOnlyNames: Set<String> = [
    "snake-case panel_size", "route without leading slash.", "route with trailing slash.", "renamed route parameter",
    "leading slash in link", "label with surrounding space", "label with markup", "label with character reference",
    "label over 40 characters", "panelSize over 4.", "byte order mark",
  ]

  @Test("warnings alone keep the manifest", arguments: cases.filter { warningOnlyNames.contains($0.name) })
  func warningsKeepManifest(_ entry: InvalidManifest) {
    let result = ManifestValidator(registry: .default).validate(Data(entry.text.utf8))
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(result.manifest != nil)
    #expect(result.isValid)
  }

  @Test("table holds at least 40 cases")
  func tableSize() {
    #expect(Self.cases.count >= 40)
  }
}
