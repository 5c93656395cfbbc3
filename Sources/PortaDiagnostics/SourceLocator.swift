/// Converts byte offsets in one input into line and column locations.
///
/// Parsers keep only byte offsets on their hot paths and ask a locator for
/// line and column when they report a diagnostic, so valid input never pays
/// for line counting. The locator indexes line starts once, on first use.
///
/// - Complexity: Building the line index is O(n) in the input size; each
///   lookup is O(log lines + column).
public struct SourceLocator: Sendable {
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  /// Creates a locator for `bytes`.
  ///
  /// - Parameter bytes: The whole input, exactly as it was parsed.
  public init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    let array = Array(bytes)
    var starts = [0]
    for (index, byte) in array.enumerated() where byte == 0x0A {
      starts.append(index + 1)
    }
    self.bytes = array
    self.lineStarts = starts
  }

  /// Returns the location of the byte at `offset`.
  ///
  /// An offset past the end is clamped to the end of the input, which is where
  /// "unexpected end of input" diagnostics point.
  ///
  /// - Parameter offset: A 0-based byte offset.
  /// - Returns: The 1-based line and column of that byte.
  public func location(ofOffset offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))

    // Binary search for the last line start at or before the offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped {
        low = middle
      } else {
        high = middle - 1
      }
    }

    // Continuation bytes (10xxxxxx) do not start a new column.
    var column = 1
    var index = lineStarts[low]
    while index < clamped {
      if bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return SourceLocation(line: low + 1, column: column, offset: clamped)
  }
}
