/// Collects panels and builds an immutable ``PanelRegistry``.
///
/// ```swift
/// var builder = PanelRegistryBuilder()
/// try builder.add(route: "/customer/:id", title: "Customer")
/// try builder.add(route: "/customer/:id/general_info", title: "General info")
/// let registry = try builder.build()
/// ```
public struct PanelRegistryBuilder: Sendable {
  /// The panels added so far, in order.
  public private(set) var panels: [Panel] = []

  /// Creates an empty builder.
  public init() {}

  /// Adds a panel.
  ///
  /// - Parameter panel: The panel; its pattern must differ in shape from every other panel's.
  public mutating func add(_ panel: Panel) {
    panels.append(panel)
  }

  /// Adds a built-in panel with a parsed pattern.
  ///
  /// - Parameters:
  ///   - pattern: The route pattern.
  ///   - title: The title the interface shows.
  public mutating func add(_ pattern: RoutePattern, title: String) {
    panels.append(Panel(pattern: pattern, title: title))
  }

  /// Parses `route` and adds a built-in panel.
  ///
  /// - Parameters:
  ///   - route: The route pattern text, such as `/customer/:id`.
  ///   - title: The title the interface shows.
  /// - Throws: The first ``RoutePatternError`` in `route`.
  public mutating func add(route: String, title: String) throws(RoutePatternError) {
    add(try RoutePattern(parsing: route), title: title)
  }

  /// Builds the registry.
  ///
  /// - Returns: A registry with every panel added, in order.
  /// - Throws: ``PanelRegistryError/duplicateShape(first:second:)`` for the
  ///   first two patterns that match the same paths,
  ///   ``PanelRegistryError/emptyTitle(route:)`` and
  ///   ``PanelRegistryError/tooManyPanels(count:)``.
  /// - Complexity: O(n × d) for n panels of at most d segments.
  public func build() throws(PanelRegistryError) -> PanelRegistry {
    guard panels.count <= PanelRegistry.maximumPanelCount else {
      throw .tooManyPanels(count: panels.count)
    }
    if let panel = panels.first(where: { $0.title.allSatisfy(\.isWhitespace) }) {
      throw .emptyTitle(route: panel.route)
    }
    if let pair = Self.duplicateShapes(in: panels.map(\.pattern)).first {
      throw .duplicateShape(first: panels[pair.first].route, second: panels[pair.second].route)
    }
    return PanelRegistry(validatedPanels: panels)
  }

  /// Returns every pair of patterns with the same shape, as indices, the earlier one first.
  static func duplicateShapes(in patterns: [RoutePattern]) -> [(first: Int, second: Int)] {
    var firstIndexByShape: [String: Int] = [:]
    var pairs: [(first: Int, second: Int)] = []
    for (index, pattern) in patterns.enumerated() {
      let key = pattern.shapeKey
      if let first = firstIndexByShape[key] {
        pairs.append((first, index))
      } else {
        firstIndexByShape[key] = index
      }
    }
    return pairs
  }
}
