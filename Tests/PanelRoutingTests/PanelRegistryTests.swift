import Testing

@testable import PanelRouting

@Suite("Panel registry")
struct PanelRegistryTests {
  static let routes = [
    "/customer/:id", "/customer/:id/general_info", "/customer/:id/general_info/address_info",
    "/customer/:id/general_info/web_self_care", "/account/:id", "/vendor/:id",
  ]

  static func registry(_ routes: [String] = routes) throws -> PanelRegistry {
    try PanelRegistryMatchingTests.registry(routes)
  }

  @Test("same shape twice names both patterns")
  func sameShape() throws {
    var builder = PanelRegistryBuilder()
    try builder.add(route: "/customer/:id/general_info", title: "General info")
    try builder.add(route: "/customer/:cid/general_info", title: "General info")
    let expected = PanelRegistryError.duplicateShape(
      first: "/customer/:id/general_info", second: "/customer/:cid/general_info")
    #expect(throws: expected) { try builder.build() }
    #expect(
      expected.description
        == "Routes \"/customer/:id/general_info\" and \"/customer/:cid/general_info\" match exactly the "
        + "same paths because they differ only in parameter names; remove one of the panels.")
  }

  @Test("same route twice is an error")
  func sameRoute() throws {
    var builder = PanelRegistryBuilder()
    try builder.add(route: "/customer/:id", title: "Customer")
    try builder.add(route: "/customer/:id/", title: "Customer again")
    #expect(throws: PanelRegistryError.duplicateShape(first: "/customer/:id", second: "/customer/:id")) {
      try builder.build()
    }
  }

  @Test("blank title is an error")
  func blankTitle() throws {
    var builder = PanelRegistryBuilder()
    try builder.add(route: "/customer/:id", title: "  ")
    #expect(throws: PanelRegistryError.emptyTitle(route: "/customer/:id")) { try builder.build() }
  }

  @Test("parents are the longest registered prefix")
  func parents() throws {
    let registry = try Self.registry(["/a/:x", "/a/:y/b/c/d", "/a/:z/b"])
    let deep = try RoutePattern(parsing: "/a/:q/b/c/d")
    #expect(registry.parent(of: deep)?.route == "/a/:z/b")
    #expect(registry.parent(of: try RoutePattern(parsing: "/a/:x/b"))?.route == "/a/:x")
    #expect(registry.parent(of: try RoutePattern(parsing: "/a/:x")) == nil)
    #expect(registry.rootPanels.map(\.route) == ["/a/:x"])
  }

  @Test("children and entities")
  func children() throws {
    let registry = try Self.registry()
    let generalInfo = try RoutePattern(parsing: "/customer/:cid/general_info")
    #expect(
      registry.children(of: generalInfo).map(\.route) == [
        "/customer/:id/general_info/address_info", "/customer/:id/general_info/web_self_care",
      ])
    #expect(registry.children(of: try RoutePattern(parsing: "/nothing")).isEmpty)
    #expect(registry.entities == ["customer", "account", "vendor"])
  }

  @Test("looks up patterns ignoring parameter names")
  func lookup() throws {
    let registry = try Self.registry()
    let same = try #require(registry.panel(forPattern: try RoutePattern(parsing: "/customer/:id/general_info")))
    #expect(same.panel.route == "/customer/:id/general_info")
    #expect(!same.parameterNamesDiffer)
    let renamed = try #require(registry.panel(forPattern: try RoutePattern(parsing: "/customer/:cid/general_info")))
    #expect(renamed.panel.route == "/customer/:id/general_info")
    #expect(renamed.parameterNamesDiffer)
    #expect(registry.panel(forPattern: try RoutePattern(parsing: "/customer/general_info")) == nil)
  }

  @Test("hosts plug-ins only on panels with subpanels")
  func canHostPlugins() throws {
    let registry = try Self.registry()
    #expect(registry.canHostPlugins(at: "/customer/:id/general_info"))
    #expect(registry.canHostPlugins(at: "/customer/:cid/general_info"))
    #expect(registry.canHostPlugins(at: "/customer/:id"))
    #expect(!registry.canHostPlugins(at: "/customer/:id/general_info/address_info"))
    #expect(!registry.canHostPlugins(at: "/account/:id"))
    #expect(!registry.canHostPlugins(at: "/customer/:id/unknown"))
    #expect(!registry.canHostPlugins(at: "/customer//x"))
  }

  @Test(
    "suggests near routes",
    arguments: [
      ("/customers/:id/general_info", ["/customer/:id/general_info"]),
      ("/customer/:id/generalinfo", ["/customer/:id/general_info"]),
      ("/customer/:id/General-Info", ["/customer/:id/general_info"]),
      ("/customer/42/general_info", ["/customer/:id/general_info"]),
      ("/customer/:id/address_info", ["/customer/:id/general_info/address_info"]),
      ("/acount/:id", ["/account/:id"]),
      ("/product/:id", []),
    ])
  func suggestions(_ route: String, _ expected: [String]) throws {
    let registry = try Self.registry()
    #expect(registry.suggestions(forRoute: route).map(\.route) == expected)
  }

  @Test("suggestions rank closer routes first")
  func suggestionOrder() throws {
    let registry = try Self.registry([
      "/customer/:id/general_infos", "/customer/:id/general_info", "/customer/:id/gen_info",
    ])
    #expect(
      registry.suggestions(forRoute: "/customer/:id/generalinfo").map(\.route) == [
        "/customer/:id/general_info", "/customer/:id/general_infos",
      ])
  }

  @Test("tree lists panels with markers")
  func tree() throws {
    let registry = try Self.registry()
    let expected = """
      /customer/:id  Title of /customer/:id  [can host plug-ins]
        /customer/:id/general_info  Title of /customer/:id/general_info  [can host plug-ins]
          /customer/:id/general_info/address_info  Title of /customer/:id/general_info/address_info
          /customer/:id/general_info/web_self_care  Title of /customer/:id/general_info/web_self_care
      /account/:id  Title of /account/:id
      /vendor/:id  Title of /vendor/:id

      """
    #expect(registry.treeDescription() == expected)
  }

  @Test("empty registry has empty tree")
  func emptyRegistry() throws {
    let registry = try PanelRegistryBuilder().build()
    #expect(registry.treeDescription() == "")
    #expect(registry.match("/customer/1") == nil)
  }
}

@Suite("Panel registry path suggestions")
struct PathSuggestionTests {
  @Test(
    "suggests panels for unmatched paths",
    arguments: [
      ("/customers/42/general_info", ["/customer/:id/general_info"]),
      ("/customer/42/generalinfo?x=1", ["/customer/:id/general_info"]),
      ("/customer/42/address_info", ["/customer/:id/general_info/address_info"]),
      ("/acount/7", ["/account/:id"]),
      ("/", []),
      ("/zzz/1/2/3/4", []),
    ])
  func suggestions(_ path: String, _ expected: [String]) throws {
    let registry = try PanelRegistryTests.registry()
    #expect(registry.suggestions(forPath: path).map(\.route) == expected)
  }
}

@Suite("Route segment identity")
struct RouteSegmentIdentityTests {
  @Test("literals compare by bytes, not canonical equivalence")
  func canonicalEquivalence() throws {
    let precomposed = try RoutePattern(parsing: "/caf%C3%A9")
    let decomposed = try RoutePattern(parsing: "/cafe%CC%81")
    #expect(precomposed != decomposed)
    #expect(!precomposed.hasSameShape(as: decomposed))
    #expect(Set([precomposed, decomposed]).count == 2)

    var builder = PanelRegistryBuilder()
    builder.add(precomposed, title: "Precomposed")
    builder.add(decomposed, title: "Decomposed")
    let registry = try builder.build()
    #expect(registry.match("/caf%C3%A9")?.title == "Precomposed")
    #expect(registry.match("/cafe%CC%81")?.title == "Decomposed")
  }
}
