import Foundation
import Testing

@testable import PanelRouting

@Suite("Default registry")
struct DefaultRegistryTests {
  static let resourceFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/PanelRouting/Resources/default-panels.json")

  @Test("embedded text equals resource file")
  func embeddedEqualsResource() throws {
    let file = try String(contentsOf: Self.resourceFile, encoding: .utf8)
    #expect(PanelRegistry.defaultRegistryText == file)
  }

  @Test("bundled resource is found and equal")
  func bundledResource() throws {
    let url = try #require(PanelRegistry.defaultRegistryResourceURL)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text == PanelRegistry.defaultRegistryText)
  }

  @Test("loads without diagnostics")
  func loadsCleanly() {
    let result = PanelRegistry.load(from: Array(PanelRegistry.defaultRegistryText.utf8))
    #expect(result.diagnostics.isEmpty)
    #expect(result.registry?.panels.count == PanelRegistry.default.panels.count)
    #expect(PanelRegistry.default.panels.count >= 20)
  }

  @Test("documented customer panels")
  func customerPanels() throws {
    let registry = PanelRegistry.default
    let generalInfo = try RoutePattern(parsing: "/customer/:id/general_info")
    #expect(registry.canHostPlugins(at: generalInfo))
    let subpanels = registry.children(of: generalInfo).map { $0.pattern.segments.last?.description }
    for name in ["address_info", "web_self_care", "sales_agents", "payment_method", "life_cycle", "additional_info"] {
      #expect(subpanels.contains(name), "missing \(name)")
    }
    let match = try #require(registry.match("/customer/4711/general_info"))
    #expect(match.title == "General info")
    #expect(match.parameters == ["id": "4711"])
  }

  @Test(
    "entities include the main ones",
    arguments: ["customer", "account", "reseller", "distributor", "vendor", "product", "tariff"])
  func entities(_ entity: String) throws {
    #expect(PanelRegistry.default.entities.contains(entity))
    #expect(PanelRegistry.default.match("/\(entity)/1")?.route == "/\(entity)/:id")
  }

  @Test("account and reseller host plug-ins", arguments: ["account", "reseller"])
  func generalInfoHosts(_ entity: String) {
    #expect(PanelRegistry.default.canHostPlugins(at: "/\(entity)/:id/general_info"))
    #expect(!PanelRegistry.default.canHostPlugins(at: "/\(entity)/:id/general_info/address_info"))
  }
}
