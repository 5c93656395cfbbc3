/// Byte-level comparison and hashing of path segments against literals.
enum SegmentComparison {
  /// Returns `byte` with A–Z mapped to a–z.
  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  /// Whether two byte sequences are equal, optionally folding ASCII case.
  static func equals(
    _ left: UnsafeBufferPointer<UInt8>,
    _ right: UnsafeBufferPointer<UInt8>,
    foldingCase: Bool
  ) -> Bool {
    guard left.count == right.count else { return false }
    if foldingCase {
      for index in 0..<left.count where lowercased(left[index]) != lowercased(right[index]) {
        return false
      }
      return true
    }
    for index in 0..<left.count where left[index] != right[index] {
      return false
    }
    return true
  }

  /// The 64-bit FNV-1a hash of `bytes`, optionally of their ASCII-lowercased form.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(foldingCase ? lowercased(byte) : byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Calls `body` with the segment's bytes after percent-decoding, or with
  /// `nil` when its percent-encoding is invalid.
  ///
  /// Segments without `%` are passed through; others are decoded into
  /// temporary storage, which stays on the stack for short segments.
  static func withDecodedBytes<Result>(
    of segment: PathSegment,
    in cursor: PathCursor,
    _ body: (UnsafeBufferPointer<UInt8>?) -> Result
  ) -> Result {
    let raw = cursor.slice(segment)
    guard segment.hasPercent else { return body(raw) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(raw.count, 1)) { buffer in
      guard let count = PercentEncoding.decode(raw, into: buffer) else { return body(nil) }
      return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
  }

  /// Returns the segment's value as a string: decoded, or `nil` when its
  /// percent-encoding is invalid.
  static func decodedValue(of segment: PathSegment, in cursor: PathCursor) -> String? {
    let raw = cursor.slice(segment)
    guard segment.hasPercent else { return String(decoding: raw, as: UTF8.self) }
    return PercentEncoding.decodeToString(raw)
  }

  /// Calls `body` with the UTF-8 bytes of `text`.
  static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    PathCursor.withBytes(of: text, body)
  }
}
