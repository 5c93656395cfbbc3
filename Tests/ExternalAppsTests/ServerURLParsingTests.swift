import Foundation
import PortaDiagnostics
import Testing

@testable import ExternalApps

@Suite("ExternalApp.parseServerURL")
struct ServerURLParsingTests {
  @Test(
    "applies validation rules",
    arguments: [
      ("https://mybilling.com", true, [DiagnosticCode]()),
      ("http://mybilling.com", true, [.optionsInsecureServerURL]),
      ("ftp://mybilling.com", false, [.optionsInvalidServerURL]),
      ("mybilling.com", false, [.optionsInvalidServerURL]),
      ("https://u:p@mybilling.com", false, [.optionsCredentialsInURL]),
      ("", false, [.optionsInvalidServerURL]),
    ])
  func rules(value: String, isAccepted: Bool, codes: [DiagnosticCode]) {
    let (url, diagnostics) = ExternalApp.parseServerURL(value, application: "contracts")

    #expect((url != nil) == isAccepted)
    #expect(diagnostics.map(\.code) == codes)
    #expect(diagnostics.allSatisfy { $0.location == nil })
  }

  @Test("message names the field")
  func message() {
    let diagnostics = ExternalApp.parseServerURL("ftp://mybilling.com", application: "contracts").diagnostics

    #expect(
      diagnostics.map(\.message) == [
        "`[contracts]ServerUrl` uses the scheme `ftp`, but only `https` and `http` are supported. "
          + "Write an address as in `https://mybilling.com`."
      ])
  }
}
