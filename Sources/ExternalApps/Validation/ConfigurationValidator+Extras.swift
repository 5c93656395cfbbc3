import PortaDiagnostics

/// One application name in `[ExternalApps]Extras` and its byte offset in the document.
struct ExtrasEntry {
  var name: String
  var offset: Int
}

extension ConfigurationValidator {
  /// A finding offset meaning "the whole document", which gets no location.
  static let wholeDocument = -1

  /// Splits `Extras` at commas, trims blanks around names and warns about empty and repeated entries.
  mutating func extrasEntries(_ extras: OptionRecord) -> [ExtrasEntry] {
    let field = "[\(KnownKeys.externalAppsSection)]\(KnownKeys.extras)"
    let bytes = Array(extras.value.utf8)
    guard bytes.contains(where: { !ASCII.isBlank($0) }) else {
      let message =
        "`\(field)` lists no applications. "
        + "List their names separated by commas, as in `\(field)=contracts,crm`."
      warn(.optionsEmptyExtrasEntry, at: extras.valueOffset, message)
      return []
    }

    var entries: [ExtrasEntry] = []
    var seen: Set<String> = []
    for piece in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
      var start = piece.startIndex
      var end = piece.endIndex
      while start < end && ASCII.isBlank(bytes[start]) { start += 1 }
      while end > start && ASCII.isBlank(bytes[end - 1]) { end -= 1 }
      let offset = extras.valueOffset + start
      let name = String(decoding: bytes[start..<end], as: UTF8.self)

      if name.isEmpty {
        warn(.optionsEmptyExtrasEntry, at: offset, "`\(field)` contains an empty entry. Remove the extra comma.")
      } else if seen.contains(name) {
        let message = "Application `\(name)` is listed twice in `\(field)`. Remove the second entry."
        warn(.optionsDuplicateExtrasEntry, at: offset, message)
      } else if !DocumentationPlaceholder.isContained(in: name) {
        // The parser already reported the placeholder, so it is not looked up as a section.
        seen.insert(name)
        entries.append(ExtrasEntry(name: name, offset: offset))
      }
    }
    return entries
  }

  mutating func reportMissingExtras() {
    var message =
      "No `[ExternalApps]Extras` option lists the applications. "
      + "Add a line such as `[ExternalApps]Extras=contracts`."
    let nearMiss = document.option(
      section: KnownKeys.externalAppsSection, key: KnownKeys.extras, isCaseInsensitive: true)
    if let nearMiss {
      message +=
        " Line \(nearMiss.line) has `[\(nearMiss.section)]\(nearMiss.key)`, "
        + "but section names and keys are case-sensitive."
    }
    fail(.optionsMissingExtras, at: Self.wholeDocument, message)
  }

  /// Warns about keys other than `Extras` in `[ExternalApps]`.
  mutating func checkExternalAppsKeys() {
    guard let index = sectionIndexes[KnownKeys.externalAppsSection] else { return }
    let section = sections[index]
    for key in section.keyOrder where key != KnownKeys.extras {
      reportUnknownKey(section.effective[key]!, known: [KnownKeys.extras])
    }
  }

  mutating func reportMissingSection(_ entry: ExtrasEntry) {
    var message =
      "Application `\(entry.name)` is listed in `[ExternalApps]Extras` but has no options. "
      + "Add its lines, as in `[\(entry.name)]ServerUrl=https://mybilling.com`."
    if let suggestion = closestName(to: entry.name, in: applicationSectionNames) {
      message += " Did you mean section `[\(suggestion)]`? Section names are case-sensitive."
    }
    fail(.optionsMissingApplicationSection, at: entry.offset, message)
  }

  mutating func reportUnlistedSection(_ section: SectionOptions, listed: [String]) {
    var message =
      "Section `[\(section.name)]` is not listed in `[ExternalApps]Extras`, so PortaBilling ignores it. "
      + "Add `\(section.name)` to `Extras` or remove its lines."
    if let suggestion = closestName(to: section.name, in: listed) {
      message += " Did you mean `[\(suggestion)]`? Section names are case-sensitive."
    }
    warn(.optionsUnlistedSection, at: section.firstRecord.sectionOffset, message)
  }

  mutating func reportUnknownKey(_ record: OptionRecord, known: [String]) {
    let knownList = known.map { "`\($0)`" }.joined(separator: ", ")
    var message = "Key `\(record.key)` in `[\(record.section)]` is not one that PortaBilling reads (\(knownList))."
    if let suggestion = closestName(to: record.key, in: known) {
      message += " Did you mean `\(suggestion)`? Keys are case-sensitive."
    } else {
      message += " Check its spelling, or ignore this warning if a template uses it."
    }
    warn(.optionsUnknownKey, at: record.keyOffset, message)
  }
}
