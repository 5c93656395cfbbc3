import Foundation
import PanelRouting
import PluginManifest
import PortaDiagnostics
import PortaJSON
import PortaPluginFixtures
import Testing

@Suite("PluginManifest documentation examples")
struct DocumentationExampleTests {
  @Test("prints the type documentation's example output")
  func printsTypeExample() {
    let validator = ManifestValidator(registry: .default)
    let result = validator.validate(Data(#"{"route":"/customer/:id/general_info"}"#.utf8), file: "plugin.json")
    #expect(
      result.diagnostics.map(\.formatted) == [
        #"plugin.json:1:1: error: required field routerLink is missing; add "routerLink": "contracts" [manifest.missing-field]"#,
        #"plugin.json:1:1: error: required field linkLabel is missing; add "linkLabel": "Contracts" [manifest.missing-field]"#,
      ])
  }

  @Test("prints the module page's example output")
  func printsModulePageExample() {
    let validator = ManifestValidator(registry: .default)
    let text = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#
    let result = validator.validate(Data(text.utf8), file: "plugin.json")
    #expect(
      result.diagnostics.map(\.formatted) == [
        #"plugin.json:1:1: error: required field linkLabel is missing; add "linkLabel": "Contracts", "#
          + #"or rename "linkLable", which looks like a misspelling of it [manifest.missing-field]"#,
        #"plugin.json:1:64: warning: unknown key "linkLable" is ignored; did you mean "linkLabel"? [manifest.unknown-key]"#,
      ])
  }
}
