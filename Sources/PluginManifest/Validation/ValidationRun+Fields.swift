import PanelRouting
import PortaDiagnostics
import PortaJSON

extension ValidationRun {
  /// Checks the manifest object and every member, then builds the result.
  mutating func check(_ root: JSONNode) -> ManifestValidation {
    guard let members = root.members else {
      report(.notAnObject(type: root.typeName), at: root.range.lowerBound, pointer: "")
      return ManifestValidation(file: file, diagnostics: finish().diagnostics, manifest: nil, hostPanel: nil)
    }

    // Sort members into the known fields (every occurrence) and unknown keys.
    var occurrences: [ManifestField: [JSONNodeMember]] = [:]
    var unknownKeys: [String] = []
    for member in members {
      if let field = ManifestField(rawValue: member.key) {
        occurrences[field, default: []].append(member)
      } else {
        let problem = ManifestProblem.unknownKey(member.key, suggestion: ManifestKeyRule.suggestion(for: member.key))
        report(problem, at: member.keyRange.lowerBound, pointer: JSONPointer.appending(member.key, to: ""))
        unknownKeys.append(member.key)
      }
    }
    for field in ManifestField.allCases where field.isRequired && occurrences[field] == nil {
      let problem = ManifestProblem.missingField(
        field, misspelling: ManifestKeyRule.misspelling(of: field, among: unknownKeys))
      report(problem, at: root.range.lowerBound, pointer: field.jsonPointer)
    }

    // Check every occurrence, so a repeated key's values are all reported; the first one is the model's.
    var fields = FieldValues()
    var placement = FieldOffsets()
    for member in occurrences[.route] ?? [] {
      let isFirst = fields.route == nil
      if let route = checkRoute(member.value, lookUp: isFirst), isFirst {
        fields.route = route.text
        fields.host = route.host
        placement.hostShape = route.shape
      }
    }
    for member in occurrences[.routerLink] ?? [] {
      if let link = checkRouterLink(member.value, host: fields.host), fields.routerLink == nil {
        fields.routerLink = link
        placement.routerLink = member.value.range.lowerBound
      }
    }
    for member in occurrences[.linkLabel] ?? [] {
      if let label = checkLinkLabel(member.value), fields.linkLabel == nil {
        fields.linkLabel = label
        placement.linkLabel = member.value.range.lowerBound
      }
    }
    for member in occurrences[.panelSize] ?? [] {
      if let size = checkPanelSize(member.value), fields.panelSize == nil {
        fields.panelSize = size
      }
    }
    for member in occurrences[.data] ?? [] {
      let value = checkData(member.value)
      if fields.data == nil {
        fields.data = value
      }
    }

    var manifest: PluginManifest?
    if !blocksModel, let route = fields.route, let routerLink = fields.routerLink, let linkLabel = fields.linkLabel {
      manifest = PluginManifest(
        route: route, routerLink: routerLink, linkLabel: linkLabel,
        panelSize: fields.panelSize ?? PluginManifest.defaultPanelSize, data: fields.data)
    }
    let (diagnostics, located) = finish(placement: placement)
    return ManifestValidation(
      file: file, diagnostics: diagnostics, manifest: manifest, hostPanel: fields.host, placement: located)
  }

  // MARK: - Fields

  /// Checks a route value; returns its text, host panel and shape when it is a valid pattern.
  private mutating func checkRoute(
    _ node: JSONNode,
    lookUp: Bool
  ) -> (text: String, host: Panel?, shape: String)? {
    guard case .string(let route) = node.kind else {
      report(
        .wrongType(.route, written: written(node), type: node.typeName), at: node.range.lowerBound, pointer: "/route")
      return nil
    }
    let text = written(node)
    let (pattern, findings) = RouteRule.parse(route, written: text)
    report(findings, in: node, pointer: "/route")
    guard let pattern else { return nil }
    guard lookUp else { return (route, nil, pattern.shape) }

    // A route the registry does not accept still decodes into a model.
    let (host, registryFindings) = RouteRule.registryFindings(pattern, written: text, registry: registry)
    report(registryFindings, in: node, pointer: "/route", blocksModel: false)
    return (route, host, pattern.shape)
  }

  /// Checks a routerLink value, and that it is no subpanel of `host`; returns the link when it is a valid path.
  private mutating func checkRouterLink(_ node: JSONNode, host: Panel?) -> String? {
    guard case .string(let link) = node.kind else {
      report(
        .wrongType(.routerLink, written: written(node), type: node.typeName), at: node.range.lowerBound,
        pointer: "/routerLink")
      return nil
    }
    let text = written(node)
    let findings = RouterLinkRule.check(link, written: text)
    report(findings, in: node, pointer: "/routerLink")
    guard !findings.contains(where: \.isError) else { return nil }

    if let host {
      let relative = link.hasPrefix("/") ? String(link.dropFirst()) : link
      let result = RoutePattern.parse(host.route + "/" + relative)
      if let pluginPattern = result.pattern, registry.panel(forPattern: pluginPattern) != nil {
        report(
          .routerLinkConflict(written: text, route: host.route), at: node.range.lowerBound,
          pointer: "/routerLink", blocksModel: false)
      } else if let error = result.errors.first {
        // The link is valid on its own, but host and link together exceed a pattern limit.
        let reason = "joined to the route \"\(host.route)\", \(RouteRule.reason(for: error))"
        report(
          .invalidRouterLink(written: text, reason: reason, fix: nil), at: node.range.lowerBound, pointer: "/routerLink"
        )
        return nil
      }
    }
    return link
  }

  /// Checks a linkLabel value; returns the label unless an error makes it unusable.
  private mutating func checkLinkLabel(_ node: JSONNode) -> String? {
    guard case .string(let label) = node.kind else {
      report(
        .wrongType(.linkLabel, written: written(node), type: node.typeName), at: node.range.lowerBound,
        pointer: "/linkLabel")
      return nil
    }
    let findings = LinkLabelRule.check(label, written: written(node), maximumLength: options.maximumLinkLabelLength)
    report(findings, in: node, pointer: "/linkLabel")
    return findings.contains(where: \.isError) ? nil : label
  }

  /// Checks a panelSize value; returns the size when it is a positive whole number.
  private mutating func checkPanelSize(_ node: JSONNode) -> Int? {
    let value: JSONValue
    switch node.kind {
    case .number(let number): value = .number(number)
    case .string(let string): value = .string(string)
    default: value = .null
    }
    switch PanelSizeRule.size(of: value, written: written(node)) {
    case .success(let size):
      if size > options.maximumPanelSize {
        report(
          .largePanelSize(size, maximum: options.maximumPanelSize), at: node.range.lowerBound, pointer: "/panelSize")
      }
      return size
    case .failure(let problem):
      report(problem, at: node.range.lowerBound, pointer: "/panelSize")
      return nil
    }
  }

  /// Converts the data value and warns when its compact JSON is over the size threshold.
  private mutating func checkData(_ node: JSONNode) -> JSONValue {
    let value = node.value

    // Compact JSON is never more than twice the source: whitespace goes and
    // only a raw U+2028 or U+2029 (3 bytes) grows, to a 6-byte escape. So
    // counting is needed only for sources over half the threshold.
    if node.range.count > options.maximumDataSize / 2 {
      let size = value.compactSize
      if size > options.maximumDataSize {
        report(.largeData(size: size, maximum: options.maximumDataSize), at: node.range.lowerBound, pointer: "/data")
      }
    }
    return value
  }
}

/// The places of the fields that the cross-manifest checks use, as byte offsets until they are located.
struct FieldOffsets {
  /// The host route's shape (parameter names dropped), or `nil` when the route is invalid.
  var hostShape: String?
  /// The offset of the first valid `routerLink` value.
  var routerLink: Int?
  /// The offset of the first valid `linkLabel` value.
  var linkLabel: Int?
}

/// The first valid value of each field, from which the model is built.
private struct FieldValues {
  var route: String?
  var host: Panel?
  var routerLink: String?
  var linkLabel: String?
  var panelSize: Int?
  var data: JSONValue?
}

extension RoutePattern {
  /// The pattern with parameter names dropped, equal for patterns that match the same paths.
  var shape: String {
    segments.map { segment in
      switch segment {
      case .literal(let text): "=" + text
      case .parameter: ":"
      case .catchAll: "**"
      }
    }.joined(separator: "/")
  }
}
