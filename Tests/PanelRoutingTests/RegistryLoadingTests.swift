import Foundation
import PortaDiagnostics
import PortaJSON
import Testing

@testable import PanelRouting

/// A registry file and the diagnostics loading it must produce.
struct LoadCase: CustomTestStringConvertible, Sendable {
  let id: String
  let json: String
  /// Each expected diagnostic as `line:column code`.
  let expected: [String]
  var testDescription: String { id }
}

@Suite("Registry loading")
struct RegistryLoadingTests {
  static let cases: [LoadCase] = [
    .init(id: "syntax error", json: "{\"panels\": [}", expected: ["1:13 json.unexpected-character"]),
    .init(id: "top level array", json: "[]", expected: ["1:1 registry.invalid-structure"]),
    .init(id: "no panels", json: "{}", expected: ["1:1 registry.missing-field"]),
    .init(id: "panels not array", json: "{\"panels\": {}}", expected: ["1:12 registry.wrong-type"]),
    .init(id: "empty panels", json: "{\"panels\": []}", expected: ["1:12 registry.no-panels"]),
    .init(id: "panel not object", json: "{\"panels\": [1]}", expected: ["1:13 registry.wrong-type"]),
    .init(
      id: "missing title", json: "{\"panels\": [\n  {\"route\": \"/customer/:id\"}\n]}",
      expected: ["2:3 registry.missing-field"]),
    .init(
      id: "route not string", json: "{\"panels\": [\n  {\"route\": 5, \"title\": \"X\"}\n]}",
      expected: ["2:13 registry.wrong-type"]),
    .init(
      id: "blank title", json: "{\"panels\": [\n  {\"route\": \"/customer/:id\", \"title\": \" \"}\n]}",
      expected: ["2:39 registry.empty-title"]),
    .init(
      id: "empty segment in route",
      json: "{\"panels\": [\n  {\"route\": \"/customer//general_info\", \"title\": \"X\"}\n]}",
      expected: ["2:24 route.empty-segment"]),
    .init(
      id: "duplicate parameter in route",
      json: "{\"panels\": [\n  {\"route\": \"/customer/:id/account/:id\", \"title\": \"X\"}\n]}",
      expected: ["2:36 route.duplicate-parameter"]),
    .init(
      id: "route with escape points at string",
      json: "{\"panels\": [\n  {\"route\": \"/customer\\u0020/x\", \"title\": \"X\"}\n]}",
      expected: ["2:13 route.invalid-character"]),
    .init(
      id: "normalized route warns",
      json: "{\"panels\": [\n  {\"route\": \"customer/:id/\", \"title\": \"X\"}\n]}",
      expected: ["2:14 route.missing-leading-slash", "2:26 route.trailing-slash"]),
    .init(
      id: "unknown field",
      json: "{\"panels\": [\n  {\"route\": \"/c/:id\", \"titel\": \"X\", \"title\": \"X\"}\n]}",
      expected: ["2:23 registry.unknown-field"]),
    .init(
      id: "same shape",
      json:
        "{\"panels\": [\n  {\"route\": \"/c/:id\", \"title\": \"X\"},\n  {\"route\": \"/c/:cid\", \"title\": \"Y\"}\n]}",
      expected: ["3:13 registry.duplicate-shape"]),
    .init(
      id: "duplicate key",
      json: "{\"panels\": [\n  {\"route\": \"/c/:id\", \"title\": \"X\", \"title\": \"Y\"}\n]}",
      expected: ["2:37 json.duplicate-key"]),
  ]

  @Test("reports problems with line and column", arguments: cases)
  func loadCase(_ testCase: LoadCase) {
    let result = PanelRegistry.load(from: Array(testCase.json.utf8), file: "panels.json")
    let found = result.diagnostics.map { "\($0.location.map(\.description) ?? "-") \($0.code)" }
    #expect(found == testCase.expected)
    #expect(result.diagnostics.allSatisfy { $0.file == "panels.json" })
    #expect((result.registry == nil) == result.diagnostics.containsErrors)
  }

  @Test("loads a valid file")
  func loadsValidFile() throws {
    let json = """
      {"panels": [
        {"route": "/customer/:id", "title": "Customer"},
        {"route": "/customer/:id/general_info", "title": "General info"}
      ]}
      """
    let result = PanelRegistry.load(from: Array(json.utf8))
    #expect(result.diagnostics.isEmpty)
    let registry = try #require(result.registry)
    #expect(registry.panels.map(\.route) == ["/customer/:id", "/customer/:id/general_info"])
    #expect(registry.match("/customer/1/general_info")?.title == "General info")
  }

  @Test("same shape message names both routes")
  func sameShapeMessage() {
    let json =
      "{\"panels\": [\n  {\"route\": \"/c/:id\", \"title\": \"X\"},\n  {\"route\": \"/c/:cid\", \"title\": \"Y\"}\n]}"
    let diagnostic = PanelRegistry.load(from: Array(json.utf8)).diagnostics.first
    #expect(
      diagnostic?.message
        == "Routes \"/c/:id\" (at 2:13) and \"/c/:cid\" match exactly the same paths because they "
        + "differ only in parameter names; remove one of the panels.")
    #expect(diagnostic?.jsonPointer == "/panels/1/route")
  }

  @Test("unknown field suggests the right one")
  func unknownFieldMessage() {
    let json = "{\"panels\": [{\"route\": \"/c/:id\", \"titel\": \"X\", \"title\": \"X\"}]}"
    let diagnostic = PanelRegistry.load(from: Array(json.utf8)).diagnostics.first
    #expect(diagnostic?.severity == .warning)
    #expect(diagnostic?.message == "Unknown field \"titel\" is ignored; did you mean \"title\"?")
    #expect(diagnostic?.fixIt == "title")
  }

  @Test("reads files and reports unreadable ones")
  func readsFiles() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("panel-routing-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    let file = directory.appendingPathComponent("panels.json")
    try Data("{\"panels\": [{\"route\": \"/x/:id\", \"title\": \"X\"}]}".utf8).write(to: file)
    let loaded = PanelRegistry.load(contentsOf: file)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.registry?.match("/x/1")?.parameters == ["id": "1"])

    let large = directory.appendingPathComponent("large.json")
    try Data(repeating: 0x20, count: 8 * 1024 * 1024 + 10).write(to: large)
    let tooLarge = PanelRegistry.load(contentsOf: large)
    #expect(tooLarge.registry == nil)
    #expect(tooLarge.diagnostics.map(\.code) == [.jsonTooLarge])

    let missing = PanelRegistry.load(contentsOf: directory.appendingPathComponent("missing.json"))
    #expect(missing.registry == nil)
    #expect(missing.diagnostics.map(\.code) == [.registryUnreadableFile])
  }
}
