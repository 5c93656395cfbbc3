import Testing

@testable import PanelRouting

/// The examples of Documentation/PanelRouting.md and the doc comments, run as written.
@Suite("Documentation examples")
struct DocumentationExamplesTests {
  @Test("default registry example")
  func defaultRegistry() {
    let match = PanelRegistry.default.match("/customer/4711/general_info")
    #expect(match?.route == "/customer/:id/general_info")
    #expect(match?.title == "General info")
    #expect(match?.parameters == ["id": "4711"])
  }

  @Test("pattern examples")
  func patternExamples() throws {
    let result = RoutePattern.parse("/customer/:id/account/:id")
    #expect(
      result.errors.first?.message
        == "Parameter name \"id\" at column 23 repeats the parameter at column 11; "
        + "give each parameter its own name.")

    let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
    #expect(pattern.match("/customer/4711/general_info") == ["id": "4711"])
    #expect(pattern.match("/customer/42/general_info/?tab=2") == ["id": "42"])
    #expect(pattern.match("/customer//general_info") == nil)
    #expect(pattern.match("/Customer/42/General_Info") == nil)
    #expect(pattern.match("/Customer/Ab/General_Info", options: .caseInsensitive) == ["id": "Ab"])
    #expect(try pattern.path(filling: ["id": "42"]) == "/customer/42/general_info")
    #expect(try pattern.path(filling: ["id": "a b/c"]) == "/customer/a%20b%2Fc/general_info")
    #expect(throws: RoutePathError.missingParameter("id")) { try pattern.path(filling: [:]) }
  }

  @Test("builder, attachment and tree examples")
  func registryExamples() throws {
    var builder = PanelRegistryBuilder()
    try builder.add(route: "/customer/:id", title: "Customer")
    try builder.add(route: "/customer/:id/general_info", title: "General info")
    try builder.add(route: "/customer/:id/general_info/address_info", title: "Address info")
    let registry = try builder.build()

    let withPlugin = try registry.attaching(
      PluginAttachment(
        hostRoute: "/customer/:id/general_info", routerLink: "contracts", title: "Contracts"))
    #expect(withPlugin.match("/customer/7/general_info/contracts")?.panel.isPlugin == true)
    #expect(
      withPlugin.treeDescription() == """
        /customer/:id  Customer  [can host plug-ins]
          /customer/:id/general_info  General info  [can host plug-ins]
            /customer/:id/general_info/address_info  Address info
            /customer/:id/general_info/contracts  Contracts  [plug-in]

        """)
  }

  @Test("registry file example")
  func registryFile() {
    let json = """
      {"panels": [
        {"route": "/customer/:id", "title": "Customer"},
        {"route": "/customer/:id/general_info", "title": "General info"}
      ]}
      """
    let result = PanelRegistry.load(from: Array(json.utf8))
    #expect(result.diagnostics.isEmpty)
    #expect(result.registry?.panels.count == 2)
  }
}
