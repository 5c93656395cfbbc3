/// One segment of a concrete path, as byte offsets into the path's UTF-8.
struct PathSegment {
  /// The offset of the segment's first byte.
  var start: Int
  /// The offset just past the segment's last byte.
  var end: Int
  /// Whether the segment contains `%`, so it must be decoded before comparing.
  var hasPercent: Bool

  var isEmpty: Bool { start == end }
}

/// Walks the segments of a concrete path over its UTF-8 bytes without allocating.
///
/// The query (`?…`) and fragment (`#…`) are cut off first, then one leading
/// `/` and one trailing `/` are dropped. What remains is split at every `/`,
/// so an empty segment shows up as one (from `//` or a second trailing slash)
/// and never satisfies a pattern. Splitting happens before any decoding, so a
/// `%2F` stays inside its segment.
struct PathCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The offset just past the path part (before the query or fragment and the trailing slash).
  let end: Int
  /// The offset where the next segment starts, or `end + 1` when no segment is left.
  private(set) var position: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var end = 0
    while end < bytes.count, bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
      end += 1
    }
    let start = end > 0 && bytes[0] == UInt8(ascii: "/") ? 1 : 0
    if end > start, bytes[end - 1] == UInt8(ascii: "/") {
      end -= 1
    }
    self.bytes = bytes
    self.end = end
    self.position = end > start ? start : end + 1
  }

  /// Whether every segment has been consumed.
  var isAtEnd: Bool { position > end }

  /// Returns the next segment and advances past it, or `nil` when none is left.
  mutating func next() -> PathSegment? {
    guard position <= end else { return nil }
    var index = position
    var hasPercent = false
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "/") { break }
      if byte == UInt8(ascii: "%") { hasPercent = true }
      index += 1
    }
    let segment = PathSegment(start: position, end: index, hasPercent: hasPercent)
    position = index + 1
    return segment
  }

  /// Returns the bytes of `segment`.
  func slice(_ segment: PathSegment) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[segment.start..<segment.end])
  }

  /// Returns whether the rest of the path, from the current position, is one or more
  /// non-empty segments with valid percent-encoding, as a catch-all requires.
  func remainderSatisfiesCatchAll() -> Bool {
    var cursor = self
    guard !cursor.isAtEnd else { return false }
    while let segment = cursor.next() {
      guard !segment.isEmpty else { return false }
      if segment.hasPercent, !Self.hasValidEncoding(cursor.slice(segment)) {
        return false
      }
    }
    return true
  }

  /// Returns whether the segment's percent-encoding is valid and decodes to UTF-8.
  static func hasValidEncoding(_ segment: UnsafeBufferPointer<UInt8>) -> Bool {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(segment.count, 1)) { buffer in
      PercentEncoding.decode(segment, into: buffer) != nil
    }
  }

  /// Calls `body` with the UTF-8 bytes of `path`, copying them only when the
  /// string is not stored contiguously.
  static func withBytes<Result>(
    of path: String,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = path.utf8.withContiguousStorageIfAvailable(body) {
      return result
    }
    var copy = path
    return copy.withUTF8(body)
  }
}
