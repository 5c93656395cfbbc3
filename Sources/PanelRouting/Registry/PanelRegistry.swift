/// An immutable set of PortaBilling panels that maps route patterns and concrete paths to panels.
///
/// Build one with ``PanelRegistryBuilder``, load one from a registry file with
/// ``load(from:file:)``, or use ``default``, compiled from PortaBilling's
/// public documentation. A panel's parent is the longest registered pattern
/// that is a proper prefix of its own, shapes compared, so
/// `/customer/:id/general_info` sits under `/customer/:id`. Entities are the
/// first segments of the patterns, such as `customer` and `account`.
///
/// The registry is a value type over shared immutable storage, so copies are
/// cheap and it can be used from any thread.
public struct PanelRegistry: Sendable {
  /// The maximum number of panels in one registry.
  public static let maximumPanelCount = 100_000

  final class Storage: Sendable {
    let panels: [Panel]
    let parentIndices: [Int?]
    let childIndices: [[Int]]
    let indexByShape: [String: Int]
    let trie: PanelTrie
    /// Per panel, the positions of its parameters and catch-all, so a match
    /// result is built without walking the literal segments.
    let captureSlots: [[CaptureSlot]]

    init(panels: [Panel]) {
      var indexByShape: [String: Int] = [:]
      for (index, panel) in panels.enumerated() {
        indexByShape[panel.pattern.shapeKey] = index
      }

      // The parent is the longest proper prefix that is itself registered.
      var parentIndices: [Int?] = []
      var childIndices = [[Int]](repeating: [], count: panels.count)
      for (index, panel) in panels.enumerated() {
        let segments = panel.pattern.segments
        var parent: Int?
        for length in stride(from: segments.count - 1, through: 1, by: -1) {
          let key = segments[0..<length].map(\.shapeKey).joined(separator: "/")
          if let found = indexByShape[key] {
            parent = found
            break
          }
        }
        parentIndices.append(parent)
        if let parent {
          childIndices[parent].append(index)
        }
      }

      self.panels = panels
      self.parentIndices = parentIndices
      self.childIndices = childIndices
      self.indexByShape = indexByShape
      self.trie = PanelTrie(patterns: panels.map(\.pattern))
      self.captureSlots = panels.map { panel in
        panel.pattern.segments.enumerated().compactMap { position, segment in
          switch segment {
          case .literal: nil
          case .parameter(let name): CaptureSlot(position: position, name: name, isCatchAll: false)
          case .catchAll:
            CaptureSlot(position: position, name: RouteSegment.catchAllKey, isCatchAll: true)
          }
        }
      }
    }
  }

  /// A segment position whose text a match reports, and the name it is reported under.
  struct CaptureSlot: Sendable {
    let position: Int
    let name: String
    let isCatchAll: Bool
  }

  let storage: Storage

  /// Creates a registry from panels already checked by ``PanelRegistryBuilder``.
  init(validatedPanels panels: [Panel]) {
    storage = Storage(panels: panels)
  }

  /// Every panel, in the order it was added.
  public var panels: [Panel] { storage.panels }

  /// The first segments of all patterns that start with a literal, in order of
  /// first appearance, such as `["customer", "account"]`.
  public var entities: [String] {
    var seen = Set<String>()
    return panels.compactMap(\.pattern.entity).filter { seen.insert($0).inserted }
  }

  /// The panels without a parent, in order.
  public var rootPanels: [Panel] {
    storage.panels.indices.filter { storage.parentIndices[$0] == nil }.map { storage.panels[$0] }
  }

  /// Returns the registered panel with the same shape as `pattern`.
  ///
  /// Parameter names are ignored when comparing, so `/customer/:cid` finds
  /// the panel registered as `/customer/:id`. The result reports whether the
  /// names differ, which a manifest validator may report as a warning.
  ///
  /// - Parameter pattern: The pattern to look up.
  /// - Returns: The panel and whether its parameter names differ, or `nil` when
  ///   no panel has that shape; ``suggestions(forPattern:limit:)`` then lists near ones.
  /// - Complexity: O(d) for a pattern of d segments.
  public func panel(forPattern pattern: RoutePattern) -> PanelLookup? {
    guard let index = storage.indexByShape[pattern.shapeKey] else { return nil }
    let panel = storage.panels[index]
    return PanelLookup(
      panel: panel, parameterNamesDiffer: panel.pattern.parameterNames != pattern.parameterNames)
  }

  /// Returns the direct subpanels of the panel with the same shape as `pattern`.
  ///
  /// A manifest validator uses this to reject a routerLink equal to the last
  /// segment of an existing subpanel.
  ///
  /// - Parameter pattern: The parent's pattern; parameter names are ignored.
  /// - Returns: The subpanels in order, plug-in panels included, or an empty
  ///   array when the pattern is not registered or has no subpanels.
  public func children(of pattern: RoutePattern) -> [Panel] {
    guard let index = storage.indexByShape[pattern.shapeKey] else { return [] }
    return storage.childIndices[index].map { storage.panels[$0] }
  }

  /// Returns the parent panel of the panel with the same shape as `pattern`.
  ///
  /// - Parameter pattern: The panel's pattern; parameter names are ignored.
  /// - Returns: The parent, or `nil` for a root panel or an unregistered pattern.
  public func parent(of pattern: RoutePattern) -> Panel? {
    guard let index = storage.indexByShape[pattern.shapeKey],
      let parent = storage.parentIndices[index]
    else { return nil }
    return storage.panels[parent]
  }

  /// Returns whether a UI plug-in may attach under the panel with the same shape as `pattern`.
  ///
  /// PortaBilling shows plug-in panels as subpanels, next to the subpanels a
  /// panel already has. So only a registered panel that already has subpanels
  /// can host plug-ins: `/customer/:id/general_info` can, but a leaf such as
  /// `/customer/:id/general_info/address_info` cannot.
  ///
  /// - Parameter pattern: The host pattern; parameter names are ignored.
  /// - Returns: `true` only for a registered panel with at least one subpanel.
  public func canHostPlugins(at pattern: RoutePattern) -> Bool {
    guard let index = storage.indexByShape[pattern.shapeKey] else { return false }
    return !storage.childIndices[index].isEmpty
  }

  /// Parses `route` and reports whether a plug-in may attach there.
  ///
  /// - Parameter route: The host route pattern text.
  /// - Returns: `false` for an invalid pattern, an unregistered one or a panel without subpanels.
  public func canHostPlugins(at route: String) -> Bool {
    guard let pattern = try? RoutePattern(parsing: route) else { return false }
    return canHostPlugins(at: pattern)
  }
}
