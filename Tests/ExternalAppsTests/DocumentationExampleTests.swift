import Foundation
import PortaDiagnostics
import Testing

@testable import ExternalApps

@Suite("ExternalApps documentation examples")
struct DocumentationExampleTests {
  @Test("reading example runs as documented")
  func readingExample() throws {
    let bytes = Fixtures.documented.bytes
    let loaded = ExternalAppsConfiguration.load(bytes)
    var printed: [String] = []
    for diagnostic in loaded.diagnostics {
      printed.append(diagnostic.inFile("options.txt").formatted)
    }
    for application in loaded.configuration.applications {
      printed.append("\(application.name) \(application.serverURL) \(application.credentials as Any)")
    }

    #expect(
      printed == [
        "contracts https://mybilling.com Optional(Credentials(login: \"operator\", password: <redacted>))"
      ])
  }

  @Test("two-step reading agrees with load")
  func twoStepReading() {
    let bytes = Fixtures.commented.bytes
    let parsed = OptionsDocument.parse(Data(bytes))
    let (configuration, diagnostics) = ExternalAppsConfiguration.load(from: parsed.document)
    let loaded = ExternalAppsConfiguration.load(Data(bytes))

    #expect(configuration == loaded.configuration)
    #expect((parsed.diagnostics + diagnostics).sortedByLocation() == loaded.diagnostics)
    #expect(loaded.configuration.applications.map(\.name) == ["contracts", "crm"])
  }
}
