import PortaDiagnostics
import PortaJSON

/// Checks a parsed registry file and turns it into panels, collecting every diagnostic.
struct RegistryFileReader {
  private static let panelFields = ["route", "title"]

  private let result: JSONReadResult
  private let file: String?
  private var diagnostics: [Diagnostic] = []

  init(bytes: some Collection<UInt8>, file: String?) {
    self.result = JSONReader().read(bytes, file: file)
    self.file = file
  }

  /// A panel read from the file, with where its route string is.
  private struct Entry {
    var panel: Panel
    var routeNode: JSONNode
    var pointer: String
  }

  consuming func read() -> PanelRegistryLoadResult {
    diagnostics = result.diagnostics
    guard let root = result.root else {
      return PanelRegistryLoadResult(registry: nil, diagnostics: diagnostics.sortedByLocation())
    }
    guard let members = root.members else {
      report(
        .registryInvalidStructure,
        "Registry file must be a JSON object with a \"panels\" array, not \(article(root.typeName)); "
          + "write {\"panels\": [{\"route\": \"/customer/:id\", \"title\": \"Customer\"}]}.",
        at: root.range.lowerBound, pointer: "")
      return finish(entries: [])
    }
    reportUnknownFields(members, allowed: ["panels"], pointer: "")
    guard let panelsMember = root["panels"] else {
      report(
        .registryMissingField,
        "Registry file has no \"panels\" array; add \"panels\": [...] to the top-level object.",
        at: root.range.lowerBound, pointer: "")
      return finish(entries: [])
    }
    guard case .array(let items) = panelsMember.value.kind else {
      report(
        .registryWrongType,
        "\"panels\" must be an array, not \(article(panelsMember.value.typeName)).",
        at: panelsMember.value.range.lowerBound, pointer: "/panels")
      return finish(entries: [])
    }
    if items.isEmpty {
      report(
        .registryNoPanels, "\"panels\" is empty, so no path will match; add at least one panel.",
        at: panelsMember.value.range.lowerBound, pointer: "/panels", severity: .warning)
    }
    guard items.count <= PanelRegistry.maximumPanelCount else {
      report(
        .registryTooManyPanels,
        PanelRegistryError.tooManyPanels(count: items.count).description,
        at: panelsMember.value.range.lowerBound, pointer: "/panels")
      return finish(entries: [])
    }

    var entries: [Entry] = []
    for (index, item) in items.enumerated() {
      let pointer = JSONPointer.appending(index, to: "/panels")
      if let entry = readPanel(item, pointer: pointer) {
        entries.append(entry)
      }
    }
    return finish(entries: entries)
  }

  /// Reads one panel object; returns `nil` after reporting why it is unusable.
  private mutating func readPanel(_ item: JSONNode, pointer: String) -> Entry? {
    guard let members = item.members else {
      report(
        .registryWrongType,
        "Panel must be an object with \"route\" and \"title\", not \(article(item.typeName)).",
        at: item.range.lowerBound, pointer: pointer)
      return nil
    }
    reportUnknownFields(members, allowed: Self.panelFields, pointer: pointer)

    let routeNode = requiredString("route", in: item, pointer: pointer)
    let titleNode = requiredString("title", in: item, pointer: pointer)
    guard let routeNode, case .string(let route) = routeNode.kind else { return nil }

    let routePointer = JSONPointer.appending("route", to: pointer)
    let parsed = RoutePattern.parse(route)
    for error in parsed.errors {
      diagnostics.append(
        error.diagnostic(
          at: location(ofColumn: error.column, in: routeNode), file: file, jsonPointer: routePointer))
    }
    for warning in parsed.warnings {
      diagnostics.append(
        warning.diagnostic(
          at: location(ofColumn: warning.column, in: routeNode), file: file, jsonPointer: routePointer))
    }

    guard let titleNode, case .string(let title) = titleNode.kind else { return nil }
    if title.allSatisfy(\.isWhitespace) {
      report(
        .registryEmptyTitle,
        "Panel \"\(route)\" has an empty title; give it the title the interface shows.",
        at: titleNode.range.lowerBound, pointer: JSONPointer.appending("title", to: pointer))
      return nil
    }
    guard let pattern = parsed.pattern else { return nil }
    return Entry(panel: Panel(pattern: pattern, title: title), routeNode: routeNode, pointer: routePointer)
  }

  /// Returns the string member `key`, reporting it when missing or not a string.
  private mutating func requiredString(_ key: String, in object: JSONNode, pointer: String) -> JSONNode? {
    guard let member = object[key] else {
      report(
        .registryMissingField, "Panel has no \"\(key)\"; add \"\(key)\": \"...\".",
        at: object.range.lowerBound, pointer: pointer)
      return nil
    }
    guard case .string = member.value.kind else {
      report(
        .registryWrongType,
        "\"\(key)\" must be a string, not \(article(member.value.typeName)).",
        at: member.value.range.lowerBound, pointer: JSONPointer.appending(key, to: pointer))
      return nil
    }
    return member.value
  }

  /// Reports same-shape routes, then builds the registry unless there is an error.
  private consuming func finish(entries: [Entry]) -> PanelRegistryLoadResult {
    for pair in PanelRegistryBuilder.duplicateShapes(in: entries.map(\.panel.pattern)) {
      let first = entries[pair.first]
      let second = entries[pair.second]
      let firstLocation = result.location(ofOffset: first.routeNode.range.lowerBound)
      let message =
        first.panel.route == second.panel.route
        ? "Route \"\(second.panel.route)\" is registered twice, first at \(firstLocation); "
          + "remove one of the panels."
        : "Routes \"\(first.panel.route)\" (at \(firstLocation)) and \"\(second.panel.route)\" match "
          + "exactly the same paths because they differ only in parameter names; remove one of the panels."
      report(
        .registryDuplicateShape, message, at: second.routeNode.range.lowerBound, pointer: second.pointer)
    }

    let registry = diagnostics.containsErrors ? nil : PanelRegistry(validatedPanels: entries.map(\.panel))
    return PanelRegistryLoadResult(registry: registry, diagnostics: diagnostics.sortedByLocation())
  }

  /// Warns about every member whose key is not in `allowed`, suggesting the closest one.
  private mutating func reportUnknownFields(_ members: [JSONNodeMember], allowed: [String], pointer: String) {
    for member in members where !allowed.contains(member.key) {
      var message = "Unknown field \"\(member.key)\" is ignored"
      let near = Suggestions.closest(to: member.key, in: allowed, limit: 1)
      if let suggestion = near.first {
        message += "; did you mean \"\(suggestion)\"?"
      } else {
        message += "; the fields are " + allowed.map { "\"\($0)\"" }.joined(separator: " and ") + "."
      }
      report(
        .registryUnknownField, message, at: member.keyRange.lowerBound,
        pointer: JSONPointer.appending(member.key, to: pointer), severity: .warning,
        fixIt: near.first)
    }
  }

  /// Returns the location of the pattern's 1-based `column` inside a JSON string node.
  ///
  /// The column maps to a byte exactly when the string has no escapes. With
  /// escapes the raw text differs from the value, so the opening quote is used.
  private func location(ofColumn column: Int, in node: JSONNode) -> SourceLocation {
    guard case .string(let text) = node.kind, node.range.count == text.utf8.count + 2 else {
      return result.location(ofOffset: node.range.lowerBound)
    }
    let byteOffset = text.unicodeScalars.prefix(max(0, column - 1)).reduce(0) {
      $0 + String($1).utf8.count
    }
    return result.location(ofOffset: node.range.lowerBound + 1 + byteOffset)
  }

  private mutating func report(
    _ code: DiagnosticCode,
    _ message: String,
    at offset: Int,
    pointer: String,
    severity: Severity = .error,
    fixIt: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        severity, code: code, message: message, file: file,
        location: result.location(ofOffset: offset), jsonPointer: pointer, fixIt: fixIt))
  }

  private func article(_ typeName: String) -> String {
    typeName == "array" || typeName == "object" ? "an \(typeName)" : "a \(typeName)"
  }
}
