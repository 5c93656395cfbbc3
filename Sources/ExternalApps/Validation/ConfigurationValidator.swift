import Foundation
import PortaDiagnostics

/// Builds a configuration from a document's option lines and reports every problem it finds.
struct ConfigurationValidator {
  let document: OptionsDocument
  var findings: [Finding] = []
  var sections: [SectionOptions] = []
  var sectionIndexes: [String: Int] = [:]
  /// The names of all sections except `[ExternalApps]`, the candidates for a missing application's section.
  var applicationSectionNames: [String] = []
  /// Sections that have a line the parser could not read, such as `[contracts]Password=` with a
  /// NUL byte. Their missing options are not reported, because the unreadable line may be the one.
  var sectionsWithUnreadableLines: Set<String> = []
  /// The candidate names that "did you mean" suggestions may still compare against.
  var suggestionBudget = Self.suggestionComparisonLimit

  /// The maximum number of name comparisons for suggestions in one validation.
  ///
  /// Each comparison is an edit distance between two short names. Without a cap, a 16 MiB
  /// document with thousands of `Extras` names and many unlisted sections would need billions.
  static let suggestionComparisonLimit = 200_000

  init(document: OptionsDocument) {
    self.document = document
  }

  mutating func validate() -> ExternalAppsConfiguration {
    groupOptions()
    findSectionsWithUnreadableLines()
    applicationSectionNames = sections.map(\.name).filter { $0 != KnownKeys.externalAppsSection }

    guard let extrasIndex = sectionIndexes[KnownKeys.externalAppsSection],
      let extras = sections[extrasIndex].effective[KnownKeys.extras]
    else {
      reportMissingExtras()
      checkExternalAppsKeys()
      return ExternalAppsConfiguration()
    }
    checkExternalAppsKeys()

    let entries = extrasEntries(extras)
    var applications: [ExternalApp] = []
    for entry in entries {
      guard let index = sectionIndexes[entry.name] else {
        if !sectionsWithUnreadableLines.contains(entry.name) {
          reportMissingSection(entry)
        }
        continue
      }
      if let application = validateApplication(sections[index]) {
        applications.append(application)
      }
    }

    let listedNames = entries.map(\.name)
    let listed = Set(listedNames)
    for section in sections where section.name != KnownKeys.externalAppsSection && !listed.contains(section.name) {
      reportUnlistedSection(section, listed: listedNames)
    }
    return ExternalAppsConfiguration(applications: applications)
  }

  /// Groups option lines by section and warns about each repeated section and key.
  mutating func groupOptions() {
    for record in document.options() {
      let index: Int
      if let existing = sectionIndexes[record.section] {
        index = existing
      } else {
        index = sections.count
        sectionIndexes[record.section] = index
        sections.append(SectionOptions(name: record.section, firstRecord: record))
      }

      if let previous = sections[index].effective[record.key] {
        let message =
          "Option `[\(record.section)]\(record.key)` is set on lines \(previous.line) and \(record.line). "
          + "The value on line \(record.line) is used, so remove the other line."
        warn(.optionsDuplicateOption, at: record.keyOffset, message)
      } else {
        sections[index].keyOrder.append(record.key)
      }
      sections[index].effective[record.key] = record
    }
  }

  /// Collects the sections named at the start of invalid lines (`[section]...`).
  mutating func findSectionsWithUnreadableLines() {
    for line in document.lines where line.kind == .invalid {
      let content = line.content.drop { $0 == 0x20 || $0 == 0x09 }
      guard content.first == UInt8(ascii: "["), let close = content.firstIndex(of: UInt8(ascii: "]")) else {
        continue
      }
      let name = String(decoding: content[content.index(after: content.startIndex)..<close], as: UTF8.self)
      if !name.isEmpty {
        sectionsWithUnreadableLines.insert(name)
      }
    }
  }

  /// Returns the candidate closest to `word`, or `nil` when none is close or the budget is spent.
  ///
  /// NOTE: Once ``suggestionComparisonLimit`` comparisons are spent, later messages have no
  /// "did you mean" part, even where a close name exists.
  mutating func closestName(to word: String, in candidates: [String]) -> String? {
    guard candidates.count <= suggestionBudget else { return nil }
    suggestionBudget -= candidates.count
    return Suggestions.closest(to: word, in: candidates, limit: 1).first
  }

  // MARK: Findings

  mutating func warn(_ code: DiagnosticCode, at offset: Int, _ message: String) {
    findings.append(Finding(severity: .warning, code: code, message: message, offset: offset))
  }

  mutating func fail(_ code: DiagnosticCode, at offset: Int, _ message: String) {
    findings.append(Finding(severity: .error, code: code, message: message, offset: offset))
  }

  /// Returns the findings as diagnostics with line and column.
  func diagnostics() -> [Diagnostic] {
    var located = OptionsParser.locate(
      findings.filter { $0.offset >= 0 }, in: document.bytes, hasByteOrderMark: document.hasByteOrderMark)
    for finding in findings where finding.offset < 0 {
      located.append(Diagnostic(finding.severity, code: finding.code, message: finding.message))
    }
    return located
  }
}
