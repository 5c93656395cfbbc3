import PortaDiagnostics

extension PanelRegistry {
  /// Returns registered panels whose patterns are close to an unregistered one, best first.
  ///
  /// Literals are compared after folding case and dropping `_` and `-`, with
  /// the edit distance of ``Suggestions``, and parameter names are ignored.
  /// A candidate with the same number of segments is suggested when every
  /// literal is within a third of its length in edits (at least 1, at most 3).
  /// A candidate with one segment more or less before the last one is
  /// suggested when it is otherwise equal. So `/customers/:id/general_info` and
  /// `/customer/:id/generalinfo`
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
    return scored.prefix(max(0, limit)).map { storage.panels[$0.index] }
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

  /// Returns registered panels close to a concrete path that no panel matches, best first.
  ///
  /// Each path segment is compared as a literal, percent-decoded, and stands
  /// for a registered parameter at a cost of 1. So `/customers/42/general_info`
  /// and `/customer/42/generalinfo` suggest `/customer/:id/general_info`.
  /// The query and fragment are ignored, and so are empty segments.
  ///
  /// - Parameters:
  ///   - path: The concrete path, such as the argument of `porta-plugin route match`.
  ///   - limit: The most panels returned; 3 by default.
  /// - Returns: Up to `limit` panels ordered by distance, then registration order.
  /// - Complexity: O(n × d × m²) for n panels of d segments of m characters.
  public func suggestions(forPath path: String, limit: Int = 3) -> [Panel] {
    let segments: [RouteSegment] = PathCursor.withBytes(of: path) { bytes in
      var cursor = PathCursor(bytes)
      var segments: [RouteSegment] = []
      while let segment = cursor.next() {
        guard !segment.isEmpty else { continue }
        let raw = cursor.slice(segment)
        let text =
          SegmentComparison.decodedValue(of: segment, in: cursor)
          ?? String(decoding: raw, as: UTF8.self)
        segments.append(.literal(text))
      }
      return segments
    }
    guard !segments.isEmpty else { return [] }

    var scored: [(distance: Int, index: Int)] = []
    for (index, panel) in storage.panels.enumerated() {
      if let distance = Self.distance(segments, panel.pattern.segments) {
        scored.append((distance, index))
      }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.prefix(max(0, limit)).map { storage.panels[$0.index] }
  }

  /// Returns the cost of turning one segment list into the other, or `nil` when they are not close.
  private static func distance(_ written: [RouteSegment], _ registered: [RouteSegment]) -> Int? {
    if written.count == registered.count {
      var total = 0
      for (left, right) in zip(written, registered) {
        guard let cost = segmentDistance(left, right) else { return nil }
        total += cost
      }
      return total
    }

    // One segment missing or one too many before the last, everything else
    // equal after folding. The last segments must agree because they name the panel.
    guard abs(written.count - registered.count) == 1,
      let lastWritten = written.last, let lastRegistered = registered.last,
      lastWritten.hasSameShape(as: lastRegistered) || segmentDistance(lastWritten, lastRegistered) == 0
    else { return nil }
    var best: Int?
    let longerCount = max(written.count, registered.count)
    for skipped in 0..<(longerCount - 1) {
      var writtenRest = written
      var registeredRest = registered
      if written.count > registered.count {
        writtenRest.remove(at: skipped)
      } else {
        registeredRest.remove(at: skipped)
      }
      if let cost = skippedCost(writtenRest, registeredRest) {
        best = min(best ?? cost, cost)
      }
    }
    return best
  }

  /// Returns 2 plus one for each value written where the registry has a
  /// parameter, or `nil` when any other segment differs after folding.
  private static func skippedCost(_ written: [RouteSegment], _ registered: [RouteSegment]) -> Int? {
    var cost = 2
    for (left, right) in zip(written, registered) {
      switch (left, right) {
      case (.literal, .parameter):
        cost += 1
      default:
        guard segmentDistance(left, right) == 0 else { return nil }
      }
    }
    return cost
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
