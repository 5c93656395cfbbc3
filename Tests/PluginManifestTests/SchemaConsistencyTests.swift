import Foundation
import PluginManifest
import PortaDiagnostics
import PortaJSON
import Testing

/// Checks that Documentation/plugin-manifest.schema.json accepts a field value exactly when the validator does.
@Suite("plugin-manifest.schema.json")
struct SchemaConsistencyTests {
  static let schemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Documentation/plugin-manifest.schema.json")

  /// One string value for a field, to check with both the schema's pattern and the validator.
  struct FieldValue: CustomTestStringConvertible, Sendable {
    var field: ManifestField
    var value: String
    var testDescription: String { "\(field.rawValue) \(JSONWriter.quoted(value))" }
  }

  static let values: [FieldValue] =
    [
      "/customer/:id/general_info", "customer/:id/general_info", "/customer/:id/general_info/",
      "/customer//general_info", "/customer/:id/general info", "/", "", "/customer/:id/**", "/customer/**/x",
      "/customer/a*b", "/customer/a%zz", "/customer/:1a",
    ].map { FieldValue(field: .route, value: $0) }
    + [
      "contracts", "/contracts", "contracts/list", "javascript:alert(1)", "https://x", "a?b", "a#b", "../a",
      "a/./b", "..", ".x", "a b", "", "/", "a//b", "a/", ":id", "a/:id", "a/b:c", "verträge", "a%zz", "a%20b",
      "a*b", "a\\b", "//evil",
    ].map { FieldValue(field: .routerLink, value: $0) }
    + [
      "Contracts", "   ", "", "Con\ntracts", "a\u{7}", " Contracts ", "<b>x</b>", "a\u{2028}b", "é", "\u{85}",
    ].map { FieldValue(field: .linkLabel, value: $0) }

  static func schema() throws -> JSONValue {
    let bytes = try Data(contentsOf: schemaURL)
    return try #require(JSONReader().read(bytes).root?.value)
  }

  @Test("states the required fields")
  func statesRequiredFields() throws {
    let required = try Self.schema()["required"]?.arrayValue?.compactMap(\.stringValue)
    #expect(required == ManifestField.allCases.filter(\.isRequired).map(\.rawValue))
  }

  @Test("agrees with the validator on field values", arguments: values)
  func agreesOnFieldValue(_ entry: FieldValue) throws {
    let schema = try Self.schema()
    let pattern = try #require(schema["properties"]?[entry.field.rawValue]?["pattern"]?.stringValue)
    let expression = try NSRegularExpression(pattern: pattern)
    let range = NSRange(entry.value.startIndex..., in: entry.value)
    let schemaAccepts = expression.firstMatch(in: entry.value, range: range) != nil

    var members: JSONObject = [
      "route": "/customer/:id/general_info", "routerLink": "contracts_plugin", "linkLabel": "Contracts",
    ]
    members.members = members.members.map {
      $0.key == entry.field.rawValue ? JSONMember(key: $0.key, value: .string(entry.value)) : $0
    }
    let text = JSONWriter.string(.object(members))
    let result = ManifestValidator(registry: .default).validate(Data(text.utf8))
    let syntaxCodes: Set<DiagnosticCode> = [
      .manifestInvalidRoute, .manifestInvalidRouterLink, .manifestEmptyLinkLabel, .manifestInvalidLinkLabel,
    ]
    let validatorAccepts = !result.diagnostics.contains { syntaxCodes.contains($0.code) }
    #expect(schemaAccepts == validatorAccepts)
  }

  @Test(
    "agrees with the validator on panelSize strings",
    arguments: ["1", "2", "12", "0", "01", "-1", "1.5", "wide", " 3", ""])
  func agreesOnPanelSize(_ value: String) throws {
    let schema = try Self.schema()
    let alternatives = try #require(schema["properties"]?["panelSize"]?["anyOf"]?.arrayValue)
    let patterns = alternatives.compactMap { $0["pattern"]?.stringValue }
    let pattern = try #require(patterns.first)
    let expression = try NSRegularExpression(pattern: pattern)
    let schemaAccepts = expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil

    let text =
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"C","panelSize":"#
      + JSONWriter.quoted(value) + "}"
    let result = ManifestValidator(registry: .default).validate(Data(text.utf8))
    #expect(schemaAccepts == result.isValid)
  }
}
