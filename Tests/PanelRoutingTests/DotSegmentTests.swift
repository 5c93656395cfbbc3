import Testing

@testable import PanelRouting

@Suite("Dot segments and link shapes")
struct DotSegmentTests {
  @Test(
    "rejects dot segments in patterns",
    arguments: [("/a/../b", 4), ("/a/./b", 4), ("/a/%2E%2E", 4), ("/%2e/b", 2)])
  func rejectsDotSegments(pattern: String, column: Int) {
    let result = RoutePattern.parse(pattern)
    #expect(result.pattern == nil)
    #expect(result.errors.first?.code == .routeDotSegment)
    #expect(result.errors.first?.column == column)
  }

  @Test("keeps names that only contain dots")
  func keepsDottedNames() throws {
    #expect(try RoutePattern(parsing: "/files/.well-known/a..b").segments.count == 3)
  }

  @Test(
    "rejects unusable router links when attaching",
    arguments: ["..", ".", "a/../b", "%2E%2E", "contracts/"])
  func rejectsUnusableLinks(routerLink: String) {
    let plugin = PluginAttachment(hostRoute: "/customer/:id/general_info", routerLink: routerLink, title: "X")
    #expect(throws: AttachmentConflict.self) {
      try PanelRegistry.default.attaching(plugin)
    }
  }

  @Test("treats a negative suggestion limit as zero")
  func clampsNegativeLimit() {
    #expect(PanelRegistry.default.suggestions(forRoute: "/customers/:id", limit: -1).isEmpty)
    #expect(PanelRegistry.default.suggestions(forPath: "/customers/1", limit: -1).isEmpty)
  }
}
