extension RoutePattern {
  /// Matches a concrete path against the pattern and returns its parameters.
  ///
  /// The query (`?…`) and fragment (`#…`) are ignored, and so are a missing
  /// leading `/` and one trailing `/`. The path is split at `/` before any
  /// decoding, so `%2F` stays inside its segment's value. A parameter takes
  /// exactly one non-empty segment and reports it percent-decoded. A catch-all
  /// takes one or more non-empty segments and reports them under
  /// ``RouteSegment/catchAllKey`` as they appear in the path, still
  /// percent-encoded, because decoding would make `%2F` and `/` the same.
  /// A segment with invalid percent-encoding, or escapes that do not decode to
  /// UTF-8, never matches.
  ///
  /// ```swift
  /// let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
  /// pattern.match("/customer/42/general_info/?tab=2")  // ["id": "42"]
  /// pattern.match("/customer//general_info")           // nil
  /// ```
  ///
  /// - Parameters:
  ///   - path: A concrete path, such as `/customer/4711/general_info`.
  ///   - options: How literals compare; case-sensitive by default.
  /// - Returns: The parameter values by name, or `nil` when the path does not match.
  /// - Complexity: O(n) in the length of `path`.
  public func match(_ path: String, options: MatchOptions = .caseSensitive) -> [String: String]? {
    PathCursor.withBytes(of: path) { bytes in
      var cursor = PathCursor(bytes)
      var parameters: [String: String] = [:]
      for segment in segments {
        switch segment {
        case .literal(let text):
          guard let piece = cursor.next(), !piece.isEmpty else { return nil }
          let isEqual = SegmentComparison.withDecodedBytes(of: piece, in: cursor) { decoded in
            guard let decoded else { return false }
            return SegmentComparison.withBytes(of: text) { literal in
              SegmentComparison.equals(decoded, literal, foldingCase: options.isCaseInsensitive)
            }
          }
          guard isEqual else { return nil }
        case .parameter(let name):
          guard let piece = cursor.next(), !piece.isEmpty,
            let value = SegmentComparison.decodedValue(of: piece, in: cursor)
          else { return nil }
          parameters[name] = value
        case .catchAll:
          guard cursor.remainderSatisfiesCatchAll() else { return nil }
          let remainder = UnsafeBufferPointer(rebasing: bytes[cursor.position..<cursor.end])
          parameters[RouteSegment.catchAllKey] = String(decoding: remainder, as: UTF8.self)
          return parameters
        }
      }
      return cursor.isAtEnd ? parameters : nil
    }
  }
}
