import PortaDiagnostics

/// The result of reading one input with ``JSONReader``: the located tree and every problem.
public struct JSONReadResult: Sendable {
  /// The top-level value, or `nil` when the input is not syntactically valid JSON.
  ///
  /// A tree is still built when the only errors are semantic, such as a
  /// repeated member name, so a validator can keep checking the rest.
  public let root: JSONNode?
  /// The problems found, each with its `json.*` code and location, in input order.
  public let diagnostics: [Diagnostic]
  /// The input the tree was read from, for locating offsets.
  let bytes: [UInt8]

  init(root: JSONNode?, diagnostics: [Diagnostic], bytes: [UInt8]) {
    self.root = root
    self.diagnostics = diagnostics
    self.bytes = bytes
  }

  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { diagnostics.containsErrors }

  /// Returns the line and column of a byte offset in the input.
  ///
  /// - Parameter offset: A 0-based byte offset, such as `node.range.lowerBound`.
  /// - Returns: The 1-based line and column; offsets past the end point at the end.
  /// - Complexity: O(offset). Build a ``locator`` once for many lookups.
  public func location(ofOffset offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var line = 1
    var column = 1
    var index = 0
    while index < clamped {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return SourceLocation(line: line, column: column, offset: clamped)
  }

  /// A locator over the input, for many lookups.
  ///
  /// - Complexity: O(n) in the input size for each access.
  public var locator: SourceLocator { SourceLocator(bytes) }
}
