extension PanelRegistry {
  /// Finds the panel that a concrete path shows, with its parameter values.
  ///
  /// The path is compared as ``RoutePattern/match(_:options:)`` describes. When
  /// several patterns match, the best one wins segment by segment from the
  /// left: a literal beats a parameter, and a parameter beats a catch-all.
  /// The search backtracks, so a path that any registered pattern matches
  /// always finds a panel, and the result depends only on the set of patterns.
  ///
  /// ```swift
  /// let match = PanelRegistry.default.match("/customer/4711/general_info")
  /// match?.route       // "/customer/:id/general_info"
  /// match?.parameters  // ["id": "4711"]
  /// ```
  ///
  /// - Parameters:
  ///   - path: A concrete path; a query and fragment are ignored.
  ///   - options: How literals compare; case-sensitive by default.
  /// - Returns: The panel and its decoded parameters, or `nil` when no pattern matches.
  /// - Complexity: O(n) in the length of `path` when the literal branches along
  ///   it need no backtracking, independent of the number of panels. At worst
  ///   the search visits each trie node once.
  public func match(_ path: String, options: MatchOptions = .caseSensitive) -> PanelMatch? {
    PathCursor.withBytes(of: path) { bytes in
      storage.trie.search(bytes, foldingCase: options.isCaseInsensitive) {
        index, cursor, captures in
        let slots = storage.captureSlots[index]
        var parameters = [String: String](minimumCapacity: slots.count)
        for slot in slots {
          let segment = captures[slot.position]
          if slot.isCatchAll {
            let tail = UnsafeBufferPointer(rebasing: bytes[segment.start..<cursor.end])
            parameters[slot.name] = String(decoding: tail, as: UTF8.self)
          } else {
            // The search already rejected invalid encodings, so decoding succeeds.
            parameters[slot.name] = SegmentComparison.decodedValue(of: segment, in: cursor) ?? ""
          }
        }
        let panel = storage.panels[index]
        return PanelMatch(panel: panel, parameters: parameters)
      }
    }
  }
}
