import Testing

@testable import PanelRouting

@Suite("Plug-in attachment")
struct PluginAttachmentTests {
  static let host = "/customer/:id/general_info"

  @Test("attached plug-in panel matches paths")
  func attaches() throws {
    let registry = try PanelRegistryTests.registry()
    let attached = try registry.attaching(
      PluginAttachment(hostRoute: Self.host, routerLink: "contracts", title: "Contracts"))
    let match = try #require(attached.match("/customer/7/general_info/contracts"))
    #expect(match.route == "/customer/:id/general_info/contracts")
    #expect(match.panel.isPlugin)
    #expect(match.parameters == ["id": "7"])
    #expect(registry.match("/customer/7/general_info/contracts") == nil)
    #expect(attached.children(of: try RoutePattern(parsing: Self.host)).last?.title == "Contracts")
    #expect(attached.treeDescription().contains("/customer/:id/general_info/contracts  Contracts  [plug-in]\n"))
  }

  @Test("host parameter names may differ")
  func renamedHost() throws {
    let registry = try PanelRegistryTests.registry()
    let attached = try registry.attaching(
      PluginAttachment(hostRoute: "/customer/:cid/general_info", routerLink: "a/b", title: "A"))
    #expect(attached.match("/customer/1/general_info/a/b")?.route == "/customer/:id/general_info/a/b")
  }

  @Test(
    "conflicts are reported",
    arguments: [
      (
        PluginAttachment(hostRoute: host, routerLink: "address_info", title: "X"),
        AttachmentConflict.existingSubpanel(
          route: "/customer/:id/general_info/address_info", title: "Title of /customer/:id/general_info/address_info")
      ),
      (
        PluginAttachment(hostRoute: "/customers/:id/general_info", routerLink: "x", title: "X"),
        .unknownHost("/customers/:id/general_info", suggestions: ["/customer/:id/general_info"])
      ),
      (
        PluginAttachment(hostRoute: "/customer/:id/general_info/address_info", routerLink: "x", title: "X"),
        .hostWithoutSubpanels("/customer/:id/general_info/address_info")
      ),
      (
        PluginAttachment(hostRoute: "/customer//x", routerLink: "x", title: "X"),
        .invalidHostRoute("/customer//x", .emptySegment(column: 11))
      ),
      (
        PluginAttachment(hostRoute: host, routerLink: ":tab", title: "X"),
        .invalidRouterLink(":tab", reason: "it contains a parameter or \"**\"; use fixed segments only.")
      ),
      (
        PluginAttachment(hostRoute: host, routerLink: "/contracts", title: "X"),
        .invalidRouterLink(
          "/contracts", reason: "it starts with \"/\"; write it relative to the host, without the \"/\".")
      ),
      (
        PluginAttachment(hostRoute: host, routerLink: "notes", title: " "),
        .emptyTitle(route: "/customer/:id/general_info/notes")
      ),
      (
        PluginAttachment(hostRoute: host, routerLink: "", title: "X"),
        .invalidRouterLink("", reason: "it is empty; write the plug-in's segment, such as \"contracts\".")
      ),
      (
        PluginAttachment(hostRoute: host, routerLink: "my contracts", title: "X"),
        .invalidRouterLink(
          "my contracts",
          reason: "Character \" \" (space) at column 3 is not allowed in a URL path; percent-encode it as \"%20\".")
      ),
    ])
  func conflicts(_ plugin: PluginAttachment, _ conflict: AttachmentConflict) throws {
    let registry = try PanelRegistryTests.registry()
    #expect(throws: conflict) { try registry.attaching(plugin) }
  }

  @Test("second plug-in on same route conflicts")
  func pluginConflict() throws {
    let registry = try PanelRegistryTests.registry()
    let result = registry.attaching([
      PluginAttachment(hostRoute: Self.host, routerLink: "contracts", title: "Contracts"),
      PluginAttachment(hostRoute: Self.host, routerLink: "notes", title: "Notes"),
      PluginAttachment(hostRoute: "/customer/:x/general_info", routerLink: "contracts", title: "Other"),
    ])
    #expect(result.attached.map(\.title) == ["Contracts", "Notes"])
    #expect(result.conflicts.count == 1)
    #expect(result.conflicts.first?.index == 2)
    let conflict = try #require(result.conflicts.first?.conflict)
    #expect(conflict == .pluginAlreadyAttached(route: "/customer/:id/general_info/contracts", title: "Contracts"))
    #expect(conflict.code == .registryPluginConflict)
    #expect(
      conflict.message
        == "Plug-in route \"/customer/:id/general_info/contracts\" is already used by the plug-in "
        + "\"Contracts\"; choose another routerLink.")
    #expect(result.registry.match("/customer/1/general_info/notes")?.title == "Notes")
  }

  @Test("unknown host diagnostic suggests fix")
  func unknownHostDiagnostic() {
    let conflict = AttachmentConflict.unknownHost("/customers/:id", suggestions: ["/customer/:id"])
    let diagnostic = conflict.diagnostic()
    #expect(diagnostic.code == .registryUnknownPanel)
    #expect(diagnostic.fixIt == "/customer/:id")
    #expect(diagnostic.message == "Host route \"/customers/:id\" is not a known panel; did you mean \"/customer/:id\"?")
  }
}
