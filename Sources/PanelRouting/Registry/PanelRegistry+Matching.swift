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
  ///   it need no backtracking, independent of the number of panels; at worst
  ///   proportional to the number of trie nodes along the path's prefixes.
  public func match(_ path: String, options: MatchOptions = .caseSensitive) -> PanelMatch? {
    PathCursor.withBytes(of: path) { bytes in
      storage.trie.search(bytes, foldingCase: options.isCaseInsensitive) {
        index, cursor, captures in
        let panel = storage.panels[index]
        var parameters: [String: String] = [:]
        for (position, segment) in panel.pattern.segments.enumerated() {
          switch segment {
          case .literal:
            continue
          case .parameter(let name):
            // The search already rejected invalid encodings, so decoding succeeds.
            parameters[name] = SegmentComparison.decodedValue(of: captures[position], in: cursor) ?? ""
          case .catchAll:
            let tail = UnsafeBufferPointer(rebasing: bytes[captures[position].start..<cursor.end])
            parameters[RouteSegment.catchAllKey] = String(decoding: tail, as: UTF8.self)
          }
        }
        return PanelMatch(panel: panel, parameters: parameters)
      }
    }
  }
}
