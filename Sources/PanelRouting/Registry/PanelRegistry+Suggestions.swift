import PortaDiagnostics

extension PanelRegistry {
  /// Returns registered panels whose patterns are close to an unregistered one, best first.
  ///
  /// Literals are compared after folding case and dropping `_` and `-`, with
  /// the edit distance of ``Suggestions``; parameter names are ignored. A
  /// candidate is suggested when its pattern has the same number of segments
  /// and every literal is within a third of its length in edits (at least 1,
  /// at most 3), or when it has one segment more or less and is otherwise
  /// equal. So `/customers/:id/general_info` and `/customer/:id/generalinfo`
  /// both suggest `/customer/:id/general_info`, and `/customer/:id/address_info`
  /// suggests `/customer/:id/general_info/address_info`.
  ///
  /// - Parameters:
  ///   - pattern: The pattern that is not registered.
  ///   - limit: The most panels returned; 3 by default.
  /// - Returns: Up to `limit` panels ordered by distance, then registration
  ///   order; never a panel with the same shape as `pattern`.
  /// - Complexity: O(n × d × m²) for n panels of d segments of m characters.
  public func suggestions(forPattern pattern: RoutePattern, limit: Int = 3) -> [Panel] {
    var scored: [(distance: Int, index: Int)] = []
    for (index, panel) in storage.panels.enumerated() where !panel.pattern.hasSameShape(as: pattern) {
      if let distance = Self.distance(pattern.segments, panel.pattern.segments) {
        scored.append((distance, index))
      }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.prefix(limit).map { storage.panels[$0.index] }
  }

  /// Parses `route` and returns near registered panels; see ``suggestions(forPattern:limit:)``.
  ///
  /// - Parameters:
  ///   - route: The route text; an invalid pattern gets no suggestions.
  ///   - limit: The most panels returned.
  /// - Returns: Up to `limit` panels, best first.
  public func suggestions(forRoute route: String, limit: Int = 3) -> [Panel] {
    guard let pattern = try? RoutePattern(parsing: route) else { return [] }
    return suggestions(forPattern: pattern, limit: limit)
  }

  /// The cost of turning one segment list into the other, or `nil` when they are not close.
  private static func distance(_ written: [RouteSegment], _ registered: [RouteSegment]) -> Int? {
    if written.count == registered.count {
      var total = 0
      for (left, right) in zip(written, registered) {
        guard let cost = segmentDistance(left, right) else { return nil }
        total += cost
      }
      return total
    }

    // One segment missing or one too many, everything else equal after folding.
    guard abs(written.count - registered.count) == 1 else { return nil }
    let (shorter, longer) =
      written.count < registered.count ? (written, registered) : (registered, written)
    for skipped in longer.indices {
      var rest = longer
      rest.remove(at: skipped)
      if zip(shorter, rest).allSatisfy({ segmentDistance($0, $1) == 0 }) {
        return 2
      }
    }
    return nil
  }

  private static func segmentDistance(_ left: RouteSegment, _ right: RouteSegment) -> Int? {
    switch (left, right) {
    case (.literal(let a), .literal(let b)):
      let foldedLeft = Suggestions.fold(a)
      let foldedRight = Suggestions.fold(b)
      let allowed = min(3, max(1, max(foldedLeft.count, foldedRight.count) / 3))
      let distance = Suggestions.editDistance(foldedLeft, foldedRight, limit: allowed)
      return distance <= allowed ? distance : nil
    case (.parameter, .parameter), (.catchAll, .catchAll):
      return 0
    case (.literal, .parameter), (.parameter, .literal):
      // A concrete value written where the registry has a parameter, such as `/customer/42`.
      return 1
    default:
      return nil
    }
  }
}
