import Foundation
import PortaDiagnostics
import Testing

@testable import ExternalApps

@Suite("ExternalAppsConfiguration suggestion budget")
struct SuggestionBudgetTests {
  @Test("suggestions stop after budget")
  func suggestionsStop() {
    // 500 missing applications compared against 1,000 sections exceed the comparison budget.
    var text = "[ExternalApps]Extras=" + (0..<500).map { "a\($0)" }.joined(separator: ",") + "\n"
    for index in 0..<500 {
      text += "[A\(index)]ServerUrl=https://a.example\n[C\(index)]ServerUrl=https://c.example\n"
    }
    #expect(500 * 1_000 > ConfigurationValidator.suggestionComparisonLimit)

    let missing = ExternalAppsConfiguration.load(text).diagnostics.filter {
      $0.code == .optionsMissingApplicationSection
    }

    #expect(missing.count == 500)
    #expect(missing.first?.message.hasSuffix("Did you mean section `[A0]`? Section names are case-sensitive.") == true)
    #expect(missing.last?.message.contains("Did you mean") == false)
  }
}
