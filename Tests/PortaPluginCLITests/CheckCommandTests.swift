import Foundation
import PortaJSON
import PortaPluginCLI
import Testing

@Suite("porta-plugin check")
struct CheckCommandTests {
  @Test("accepts the bundled example")
  func acceptsExample() {
    let run = runTool(["check", exampleFolder.path])
    #expect(run.status == .success)
    #expect(run.errorOutput.isEmpty)
    #expect(run.output.contains("\"Contracts\" appears under Customer > General info\n"))
    #expect(run.output.contains("  route:      /customer/:id/general_info/contracts\n"))
    #expect(
      run.output.contains(
        "  [ExternalApps]Extras=contracts\n  [contracts]ServerUrl=https://mybilling.com/api/contracts\n"))
    #expect(run.output.contains("  [contracts]Password=********\n"))
    #expect(
      run.output.contains(#"contracts: {"auth_info":"{\"login\":\"portabilling\",\"password\":\"********\"}"}"#)
    )
    #expect(run.output.hasSuffix("\n0 errors, 0 warnings\n"))
    #expect(!run.output.contains(examplePassword))
  }

  @Test("reports panelSize 0 at its line and column")
  func reportsZeroPanelSize() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try copy.editManifest(replacing: #""panelSize": 1"#, with: #""panelSize": 0"#)

    let run = runTool(["check", copy.path])
    #expect(run.status == .inputHasErrors)
    #expect(
      run.output.hasPrefix(
        "\(copy.manifestPath):5:16: error: panelSize 0 is invalid: expected a positive whole number such as 1. "
          + "[manifest.invalid-panel-size]\n"
      )
    )
    #expect(run.output.hasSuffix("1 error, 0 warnings\n"))
  }

  @Test("names a missing routerLink")
  func namesMissingRouterLink() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try copy.editManifest(replacing: "  \"routerLink\": \"contracts\",\n", with: "")

    let run = runTool(["check", copy.path])
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains("\(copy.manifestPath):1:1: error: Required field routerLink is missing."))
    #expect(run.output.contains("[manifest.missing-field]"))
  }

  @Test("checks a manifest file alone")
  func checksManifestFile() {
    let run = runTool(["check", exampleFolder.appendingPathComponent("plugin.json").path])
    #expect(run.status == .success)
    #expect(run.output.contains("route:      /customer/:id/general_info/contracts"))
    #expect(!run.output.contains("WebCustom options"))
  }

  @Test("reports missing plug-in files")
  func reportsMissingFiles() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try FileManager.default.removeItem(at: copy.folder.appendingPathComponent("main.js"))

    let run = runTool(["check", copy.path])
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains("\(copy.path)/main.js: error: main.js is missing."))
    #expect(run.output.contains("[folder.missing-file]"))
  }

  @Test("reports option mistakes in options.txt")
  func reportsOptionMistakes() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try copy.write("[ExternalApps]Extras=contracts\n[]Login=u\n", to: "options.txt")

    let run = runTool(["check", copy.path])
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains("\(copy.path)/options.txt:2:2: error: "))
    #expect(run.output.contains("[options.empty-section]"))
  }

  @Test("prints one JSON object")
  func printsJSON() throws {
    let run = runTool(["check", exampleFolder.path, "--format", "json"])
    #expect(run.status == .success)
    let json = try #require(run.json)
    #expect(json["errors"] == 0)
    #expect(json["warnings"] == 0)
    #expect(json["diagnostics"] == [])
    #expect(json["panel"]?["route"] == "/customer/:id/general_info/contracts")
    #expect(json["panel"]?["entity"] == "customer")
    #expect(json["manifest"]?["linkLabel"] == "Contracts")
    #expect(json["options"]?.arrayValue?.last == "[contracts]Password=********")
    #expect(!run.output.contains(examplePassword))
  }

  @Test("lists diagnostics in JSON with locations")
  func listsDiagnosticsInJSON() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try copy.editManifest(replacing: #""panelSize": 1"#, with: #""panelSize": 0"#)

    let run = runTool(["check", copy.path, "--format=json"])
    #expect(run.status == .inputHasErrors)
    let diagnostic = try #require(run.json?["diagnostics"]?.arrayValue?.first)
    #expect(diagnostic["file"]?.stringValue == copy.manifestPath)
    #expect(diagnostic["line"] == 5)
    #expect(diagnostic["column"] == 16)
    #expect(diagnostic["severity"] == "error")
    #expect(diagnostic["code"] == "manifest.invalid-panel-size")
    #expect(diagnostic["pointer"] == "/panelSize")
    #expect(run.json?["errors"] == 1)
  }

  @Test("exits 2 for a path that does not exist")
  func exitsTwoForMissingPath() {
    let run = runTool(["check", "/nonexistent/plugin"])
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput == "error: cannot read '/nonexistent/plugin': no such file\n")
  }

  @Test("uses a registry file")
  func usesRegistryFile() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    let registry = #"{"panels":[{"route":"/reseller/:id","title":"Reseller"}]}"#
    try copy.write(registry, to: "registry.json")

    let run = runTool([
      "check", copy.manifestPath, "--registry", copy.folder.appendingPathComponent("registry.json").path,
    ])
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains("[manifest.unknown-route]"))
  }

  @Test("exits 2 for a broken registry file")
  func exitsTwoForBrokenRegistry() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try copy.write("{\"panels\":[,]}", to: "registry.json")

    let path = copy.folder.appendingPathComponent("registry.json").path
    let run = runTool(["check", copy.path, "--registry", path])
    #expect(run.status == .usageOrInputFailure)
    #expect(run.output.hasPrefix("\(path):1:12: error: "))
    #expect(run.errorOutput == "error: cannot use the registry '\(path)': it has 1 error\n")

    let json = runTool(["check", copy.path, "--registry", path, "--format", "json"])
    #expect(json.status == .usageOrInputFailure)
    #expect(json.json?["errors"] == 1)
  }

  @Test("masks every password-like option")
  func masksPasswordLikeOptions() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try copy.write(
      "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n[contracts]Login=u\n"
        + "[contracts]Password=first-pw\n[contracts]PASSWORD=upper-pw\n[contracts]Passwrd=typo-pw\n"
        + "[contracts]ApiToken=token-pw\n",
      to: "options.txt"
    )
    for format in ["text", "json"] {
      let run = runTool(["check", copy.path, "--format", format])
      #expect(!run.output.contains("-pw"), "\(format): \(run.output)")
      let options = runTool([
        "options", "check", copy.folder.appendingPathComponent("options.txt").path, "--format", format,
      ])
      #expect(!options.output.contains("-pw"), "\(format): \(options.output)")
    }
  }

  @Test("masks a password inside a server URL")
  func masksURLPassword() {
    let input = "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://u:url-pw@mybilling.com/api\n"
    let run = runTool(["options", "check", "-", "--format", "json"], input: input)
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains(#""value":"https://u:********@mybilling.com/api""#))
    #expect(!run.output.contains("url-pw"))
  }

  @Test("includes registry warnings in the report")
  func includesRegistryWarnings() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    let registry =
      #"{"panels":[{"route":"/customer/:id","title":"Customer","icon":"x"},"#
      + #"{"route":"/customer/:id/general_info","title":"General info"},"#
      + #"{"route":"/customer/:id/general_info/address_info","title":"Address info"}]}"#
    try copy.write(registry, to: "registry.json")
    let path = copy.folder.appendingPathComponent("registry.json").path

    let run = runTool(["check", copy.manifestPath, "--registry", path, "--format", "json"])
    #expect(run.status == .success)
    #expect(run.json?["warnings"] == 1)
    #expect(run.json?["diagnostics"]?.arrayValue?.first?["file"]?.stringValue == path)
  }
}
