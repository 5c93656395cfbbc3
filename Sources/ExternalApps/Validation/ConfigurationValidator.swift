import Foundation
import PortaDiagnostics

/// Builds a configuration from a document's option lines and reports every problem it finds.
struct ConfigurationValidator {
  let document: OptionsDocument
  var findings: [Finding] = []
  var sections: [SectionOptions] = []
  var sectionIndexes: [String: Int] = [:]

  init(document: OptionsDocument) {
    self.document = document
  }

  mutating func validate() -> ExternalAppsConfiguration {
    groupOptions()

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
        reportMissingSection(entry)
        continue
      }
      if let application = validateApplication(sections[index]) {
        applications.append(application)
      }
    }

    let listed = Set(entries.map(\.name))
    for section in sections where section.name != KnownKeys.externalAppsSection && !listed.contains(section.name) {
      reportUnlistedSection(section, listed: entries.map(\.name))
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
