/// The panel that a concrete path shows, with the path's parameter values.
public struct PanelMatch: Sendable, Hashable {
  /// The matched panel.
  public let panel: Panel
  /// The percent-decoded parameter values by name; a catch-all's value is
  /// under ``RouteSegment/catchAllKey``, still percent-encoded.
  public let parameters: [String: String]

  /// Creates a match result.
  ///
  /// - Parameters:
  ///   - panel: The matched panel.
  ///   - parameters: The parameter values by name.
  public init(panel: Panel, parameters: [String: String]) {
    self.panel = panel
    self.parameters = parameters
  }

  /// The matched panel's canonical route pattern.
  public var route: String { panel.route }
  /// The matched panel's title.
  public var title: String { panel.title }

  /// The parameters in the order the pattern declares them, the catch-all last.
  public var orderedParameters: [(name: String, value: String)] {
    var names = panel.pattern.parameterNames
    if panel.pattern.hasCatchAll {
      names.append(RouteSegment.catchAllKey)
    }
    return names.compactMap { name in parameters[name].map { (name, $0) } }
  }
}

/// The result of looking up a registered panel by pattern.
public struct PanelLookup: Sendable, Hashable {
  /// The registered panel with the same shape as the pattern looked up.
  public let panel: Panel
  /// Whether the registered pattern names its parameters differently, such as
  /// `:cid` where the lookup wrote `:id`.
  public let parameterNamesDiffer: Bool
}
