/// Byte-level comparison and hashing of path segments against literals.
enum SegmentComparison {
  /// Returns eight bytes with A–Z mapped to a–z, all lanes at once.
  @inline(__always)
  static func lowercased(word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let lowBits = word & ~highBits
    // A lane's high bit is set when its low seven bits are at least "A", or at least "[".
    let atLeastA = lowBits &+ ones &* (0x80 - 0x41)
    let atLeastBracket = lowBits &+ ones &* (0x80 - 0x5B)
    let isUpper = atLeastA & ~atLeastBracket & ~word & highBits
    return word | (isUpper >> 2)
  }

  /// Loads up to eight bytes from `offset` as a little-endian word, zero-padded.
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    let remaining = bytes.count - offset
    if remaining >= 8 {
      return UInt64(
        littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    var value: UInt64 = 0
    for index in 0..<remaining {
      value |= UInt64(bytes[offset + index]) << (8 * UInt64(index))
    }
    return value
  }

  /// Returns whether two byte sequences are equal, optionally folding ASCII case.
  ///
  /// Compares eight bytes at a time.
  static func equals(
    _ left: UnsafeBufferPointer<UInt8>,
    _ right: UnsafeBufferPointer<UInt8>,
    foldingCase: Bool
  ) -> Bool {
    guard left.count == right.count else { return false }
    var offset = 0
    while offset < left.count {
      var leftWord = word(left, at: offset)
      var rightWord = word(right, at: offset)
      if foldingCase {
        leftWord = lowercased(word: leftWord)
        rightWord = lowercased(word: rightWord)
      }
      guard leftWord == rightWord else { return false }
      offset += 8
    }
    return true
  }

  /// Returns a 64-bit hash of `bytes`, optionally of their ASCII-lowercased form.
  ///
  /// The bytes are mixed eight at a time with a multiply and a shift, so equal
  /// byte sequences (after folding) always hash equally. The hash only picks a
  /// slot, because every candidate is compared byte for byte.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> UInt64 {
    var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    var offset = 0
    while offset < bytes.count {
      var value = word(bytes, at: offset)
      if foldingCase {
        value = lowercased(word: value)
      }
      hash = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      offset += 8
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
