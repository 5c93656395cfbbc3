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
        #"plugin.json:1:1: error: Required field routerLink is missing. Add "routerLink": "contracts". [manifest.missing-field]"#,
        #"plugin.json:1:1: error: Required field linkLabel is missing. Add "linkLabel": "Contracts". [manifest.missing-field]"#,
      ])
  }

  @Test("prints the module page's example output")
  func printsModulePageExample() {
    let validator = ManifestValidator(registry: .default)
    let text = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#
    let result = validator.validate(Data(text.utf8), file: "plugin.json")
    #expect(
      result.diagnostics.map(\.formatted) == [
        #"plugin.json:1:1: error: Required field linkLabel is missing. Add "linkLabel": "Contracts", "#
          + #"or rename "linkLable", which looks like a misspelling of it. [manifest.missing-field]"#,
        #"plugin.json:1:64: warning: Unknown key "linkLable" is ignored. Did you mean "linkLabel"? [manifest.unknown-key]"#,
      ])
  }
}
