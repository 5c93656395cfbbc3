extension AuthInfo {
  /// Returns whether these credentials equal `expected`, comparing in constant time
  /// with respect to their contents.
  ///
  /// Logins and passwords are compared as UTF-8 bytes, without Unicode
  /// normalization. Each pair is compared over the longer of the two lengths, and
  /// every difference, including a difference in length, is folded into one
  /// accumulator that is tested once at the end. The login comparison never skips the
  /// password comparison. So the running time depends on the four lengths but not on
  /// which bytes differ or where the first difference is.
  ///
  /// - Parameter expected: The credentials the server has on record.
  /// - Returns: `true` when both the login and the password are byte-for-byte equal.
  /// - Complexity: O(n) in the longer login plus the longer password, in UTF-8 bytes.
  public func matches(_ expected: AuthInfo) -> Bool {
    let loginDifference = Self.accumulatedDifference(Array(login.utf8), Array(expected.login.utf8))
    let passwordDifference = Self.accumulatedDifference(Array(password.utf8), Array(expected.password.utf8))
    return (loginDifference | passwordDifference) == 0
  }

  /// Returns zero when `left` and `right` are equal, and a non-zero value otherwise,
  /// after reading every byte position up to the longer length.
  ///
  /// A missing byte on the shorter side reads as zero; the length difference itself
  /// goes into the accumulator so that `"a"` and `"a\u{0}"` differ.
  // NOTE: Swift gives no guarantee that the optimizer keeps a loop branch-free. The
  // loop has no early exit and `@inline(never)` keeps it from being specialized into
  // the caller, but only a benchmark on the target machine can confirm the timing.
  @inline(never)
  static func accumulatedDifference(_ left: [UInt8], _ right: [UInt8]) -> UInt {
    var accumulator = UInt(bitPattern: left.count ^ right.count)
    let length = max(left.count, right.count)
    left.withUnsafeBufferPointer { leftBytes in
      right.withUnsafeBufferPointer { rightBytes in
        for index in 0..<length {
          let leftByte = index < leftBytes.count ? leftBytes[index] : 0
          let rightByte = index < rightBytes.count ? rightBytes[index] : 0
          accumulator |= UInt(leftByte ^ rightByte)
        }
      }
    }
    return accumulator
  }
}
