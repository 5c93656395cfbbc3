extension RoutePattern {
  /// Builds the concrete path for the given parameter values; the reverse of ``match(_:options:)``.
  ///
  /// Each parameter value is percent-encoded: every byte outside the URL path
  /// characters is escaped, and so are `/` and `%`, so any value comes back
  /// unchanged from ``match(_:options:)``. A value of exactly `.` or `..` has
  /// its dots escaped so that no server removes it as a dot segment. The
  /// catch-all value, under ``RouteSegment/catchAllKey``, is a path tail: its
  /// `/` and valid `%XX` escapes are kept and other characters are escaped.
  /// Values for names the pattern does not have are ignored.
  ///
  /// ```swift
  /// let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
  /// try pattern.path(filling: ["id": "a b/c"])  // "/customer/a%20b%2Fc/general_info"
  /// ```
  ///
  /// - Parameter parameters: The values by parameter name.
  /// - Returns: The path, with a leading `/` and no trailing `/`.
  /// - Throws: ``RoutePathError/missingParameter(_:)`` naming the first parameter
  ///   without a value, ``RoutePathError/emptyParameter(_:)`` for an empty
  ///   value, and ``RoutePathError/invalidCatchAllValue(_:)`` for an empty
  ///   catch-all value, one with an empty segment, or one whose escapes do
  ///   not decode to UTF-8.
  /// - Complexity: O(n) in the length of the result.
  public func path(filling parameters: [String: String]) throws(RoutePathError) -> String {
    var path = ""
    for segment in segments {
      path += "/"
      switch segment {
      case .literal:
        path += segment.description
      case .parameter(let name):
        guard let value = parameters[name] else { throw .missingParameter(name) }
        guard !value.isEmpty else { throw .emptyParameter(name) }
        path += PercentEncoding.encode(value)
      case .catchAll:
        guard let value = parameters[RouteSegment.catchAllKey] else {
          throw .missingParameter(RouteSegment.catchAllKey)
        }
        let pieces = value.split(separator: "/", omittingEmptySubsequences: false)
        guard !value.isEmpty, !pieces.contains(where: \.isEmpty) else {
          throw .invalidCatchAllValue(value)
        }
        let tail = Self.encodeTail(value)
        guard Self.tailDecodes(tail) else { throw .invalidCatchAllValue(value) }
        path += tail
      }
    }
    return path
  }

  /// Returns whether every segment of an encoded tail decodes to UTF-8, as matching requires.
  private static func tailDecodes(_ tail: String) -> Bool {
    PathCursor.withBytes(of: tail) { bytes in
      var cursor = PathCursor(bytes)
      while let segment = cursor.next() {
        if segment.hasPercent, !PathCursor.hasValidEncoding(cursor.slice(segment)) {
          return false
        }
      }
      return true
    }
  }

  /// Escapes a catch-all value, keeping `/` and well-formed `%XX` escapes.
  private static func encodeTail(_ value: String) -> String {
    let bytes = Array(value.utf8)
    var output = ""
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let isEscape =
        byte == UInt8(ascii: "%") && index + 2 < bytes.count
        && PercentEncoding.hexValue(bytes[index + 1]) != nil
        && PercentEncoding.hexValue(bytes[index + 2]) != nil
      if byte == UInt8(ascii: "/") || isEscape || PercentEncoding.isSegmentCharacter(byte) {
        output.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        PercentEncoding.appendEscape(byte, to: &output)
      }
      index += 1
    }
    return output
  }
}
