import PanelRouting

/// The route rules: a valid route pattern that names a registered panel able to host plug-ins.
enum RouteRule {
  /// Parses a route and reports its syntax errors and normalization warnings.
  ///
  /// - Parameters:
  ///   - route: The route, unescaped.
  ///   - written: Its JSON text for messages.
  /// - Returns: The parse result and one finding per error or warning, located at the column it names.
  /// - Complexity: O(n) in the length of `route`.
  static func syntaxFindings(_ route: String, written: String) -> [RuleFinding] {
    parse(route, written: written).findings
  }

  /// Parses a route, returning the pattern when it is valid and every finding.
  static func parse(_ route: String, written: String) -> (pattern: RoutePattern?, findings: [RuleFinding]) {
    let result = RoutePattern.parse(route)
    var findings: [RuleFinding] = result.errors.map { error in
      RuleFinding(problem: .invalidRoute(written: written, reason: reason(for: error)), scalarOffset: error.column - 1)
    }
    for warning in result.warnings {
      let reason =
        switch warning {
        case .missingLeadingSlash: "it does not start with \"/\""
        case .trailingSlash: "it ends with \"/\""
        }
      let problem = ManifestProblem.nonCanonicalRoute(written: written, reason: reason, canonical: warning.normalized)
      findings.append(RuleFinding(problem: problem, scalarOffset: warning.column - 1))
    }
    return (result.pattern, findings)
  }

  /// Checks a parsed route against the registry.
  ///
  /// - Parameters:
  ///   - pattern: The parsed route.
  ///   - written: Its JSON text for messages.
  ///   - registry: The panels PortaBilling has.
  /// - Returns: The registered host panel when the route names one, and the findings.
  /// - Complexity: O(d) for a registered route of d segments; suggesting
  ///   routes for an unknown one costs what ``PanelRegistry/suggestions(forPattern:limit:)`` costs.
  static func registryFindings(
    _ pattern: RoutePattern,
    written: String,
    registry: PanelRegistry
  ) -> (host: Panel?, findings: [RuleFinding]) {
    guard let lookup = registry.panel(forPattern: pattern) else {
      let problem = ManifestProblem.unknownRoute(
        written: written, suggestions: hostRoutes(near: pattern, registry: registry))
      return (nil, [RuleFinding(problem: problem)])
    }

    var findings: [RuleFinding] = []
    if lookup.parameterNamesDiffer {
      let problem = ManifestProblem.renamedRouteParameter(written: written, registered: lookup.panel.route)
      findings.append(RuleFinding(problem: problem))
    }
    guard registry.canHostPlugins(at: lookup.panel.pattern) else {
      let problem = ManifestProblem.routeCannotHostPlugins(
        written: written, suggestions: hostRoutes(near: lookup.panel.pattern, registry: registry))
      findings.append(RuleFinding(problem: problem))
      return (lookup.panel, findings)
    }
    return (lookup.panel, findings)
  }

  /// Returns up to three registered routes near `pattern` that can host plug-ins, best first.
  ///
  /// The nearest host among `pattern`'s ancestors comes first, then close
  /// patterns by ``PanelRegistry/suggestions(forPattern:limit:)``, then the
  /// hosts of the same entity (first segment). When none of those exists, the
  /// first hosts of the registry are returned as ``RouteSuggestions/other``.
  static func hostRoutes(near pattern: RoutePattern, registry: PanelRegistry) -> RouteSuggestions {
    let limit = 3
    var routes: [String] = []
    func add(_ panel: Panel) {
      if routes.count < limit, !routes.contains(panel.route), registry.canHostPlugins(at: panel.pattern) {
        routes.append(panel.route)
      }
    }

    var ancestor = registry.parent(of: pattern)
    while let panel = ancestor, routes.isEmpty {
      add(panel)
      ancestor = registry.parent(of: panel.pattern)
    }
    for panel in registry.suggestions(forPattern: pattern, limit: 20) {
      add(panel)
    }
    if routes.isEmpty {
      for panel in registry.panels where panel.pattern.entity == pattern.entity {
        add(panel)
      }
    }
    guard routes.isEmpty else { return RouteSuggestions(close: routes) }

    for panel in registry.panels where routes.count < limit {
      add(panel)
    }
    return RouteSuggestions(close: [], other: routes)
  }

  /// Describes a pattern syntax error without its column, which the diagnostic's location gives.
  static func reason(for error: RoutePatternError) -> String {
    switch error {
    case .emptyPattern:
      "it has no segments"
    case .emptySegment:
      "it has an empty segment (\"//\")"
    case .missingParameterName:
      "a \":\" has no parameter name after it"
    case .invalidParameterName(let name, _):
      "parameter name \"\(name)\" must start with a letter or \"_\" and contain only letters, digits and \"_\""
    case .duplicateParameterName(let name, _, _):
      "parameter \":\(name)\" appears twice"
    case .catchAllNotLast:
      "\"**\" is allowed only as the last segment"
    case .invalidWildcard(let segment, _):
      "segment \"\(segment)\" contains \"*\", which is allowed only as a whole last segment \"**\""
    case .invalidCharacter(let scalar, _):
      "character \(JSONText.quoted(String(scalar))) is not allowed in a URL path"
    case .invalidPercentEncoding(let text, _):
      "percent-encoding \"\(text)\" is invalid"
    case .dotSegment(let segment, _):
      "segment \"\(segment)\" means the current or parent folder, which browsers remove from paths"
    case .patternTooLong(let length):
      "it is \(length) bytes long, over the maximum of \(RoutePattern.maximumLength)"
    case .tooManySegments(let count):
      "it has \(count) segments, over the maximum of \(RoutePattern.maximumSegmentCount)"
    }
  }
}
