import AuthInfo
import ExternalApps
import Foundation
import PanelRouting
import PluginManifest
import Testing

/// The README's library examples, run as written so the README cannot drift from the API.
@Suite("README examples")
struct ReadmeExampleTests {
  @Test("PluginManifest example")
  func pluginManifestExample() throws {
    let manifestBytes = try Data(contentsOf: exampleFolder.appendingPathComponent("plugin.json"))

    let validation = ManifestValidator(registry: .default).validate(manifestBytes, file: "plugin.json")
    #expect(validation.diagnostics.isEmpty)
    let manifest = try #require(validation.manifest)
    #expect(validation.isValid)
    #expect(manifest.fullRoute == "/customer/:id/general_info/contracts")

    // JSONDecoder gives the same fields; only the validator's reader keeps data's member order.
    let decoded = try JSONDecoder().decode(PluginManifest.self, from: manifestBytes)
    #expect(decoded.route == manifest.route)
    #expect(decoded.routerLink == manifest.routerLink)
    #expect(decoded.linkLabel == manifest.linkLabel)
    #expect(decoded.panelSize == manifest.panelSize)
    #expect(decoded.data?["supportEmail"] == manifest.data?["supportEmail"])
  }

  @Test("PanelRouting example")
  func panelRoutingExample() throws {
    let registry = PanelRegistry.default
    let match = try #require(registry.match("/customer/4711/general_info"))
    #expect(match.title == "General info")
    #expect(match.parameters["id"] == "4711")

    let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
    #expect(try pattern.path(filling: ["id": "42"]) == "/customer/42/general_info")
  }

  @Test("ExternalApps example")
  func externalAppsExample() throws {
    let optionsText = try String(contentsOf: exampleFolder.appendingPathComponent("options.txt"), encoding: .utf8)

    let loaded = ExternalAppsConfiguration.load(optionsText)
    #expect(loaded.diagnostics.isEmpty)
    let contracts = try #require(loaded.configuration.application(named: "contracts"))
    #expect(contracts.serverURL.absoluteString == "https://mybilling.com/api/contracts")
    #expect(contracts.credentials?.login == "portabilling")
    #expect(!"\(contracts)".contains(examplePassword))

    let text = try OptionsWriter().render(loaded.configuration)
    #expect(text.hasPrefix("[ExternalApps]Extras=contracts\n"))
  }

  @Test("AuthInfo example")
  func authInfoExample() throws {
    let body = AuthInfo(login: "u", password: #"p"q\"#).requestBody
    #expect(body == #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"#)

    let received = try AuthInfo(requestBody: Array(body.utf8))
    #expect(received.matches(AuthInfo(login: "u", password: #"p"q\"#)))
    #expect(!received.matches(AuthInfo(login: "u", password: "p")))
  }
}
