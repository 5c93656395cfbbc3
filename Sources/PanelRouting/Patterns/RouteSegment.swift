/// One segment of a route pattern: a literal, a parameter or the final catch-all.
///
/// Segments rank for matching in the order they are declared here: at each
/// position a literal beats a parameter, and a parameter beats the catch-all.
public enum RouteSegment: Sendable, Hashable, CustomStringConvertible {
  /// A segment that matches only its own text, such as `general_info`.
  ///
  /// The text is stored percent-decoded, so `gen%65ral_info` and
  /// `general_info` are the same literal. Literals compare by their UTF-8
  /// bytes, not by Unicode canonical equivalence, because paths match byte
  /// for byte: a precomposed `é` and `e` with a combining accent differ.
  case literal(String)
  /// A segment written `:name` that matches any one non-empty path segment.
  case parameter(String)
  /// The segment `**`, only allowed last, that matches one or more remaining segments.
  case catchAll

  /// The key under which a match reports the text that the catch-all covered.
  public static let catchAllKey = "**"

  /// The segment as written in a canonical pattern, such as `general_info`, `:id` or `**`.
  ///
  /// Literal bytes outside the URL path characters are percent-encoded again.
  public var description: String {
    switch self {
    case .literal(let text): PercentEncoding.encode(text, escapingDotSegments: false)
    case .parameter(let name): ":" + name
    case .catchAll: "**"
    }
  }

  /// Returns whether two segments match the same path segments, ignoring parameter names.
  ///
  /// - Parameter other: The segment to compare with.
  /// - Returns: `true` for two equal literals, two parameters or two catch-alls.
  public func hasSameShape(as other: RouteSegment) -> Bool {
    switch (self, other) {
    case (.literal(let left), .literal(let right)): left.utf8.elementsEqual(right.utf8)
    case (.parameter, .parameter), (.catchAll, .catchAll): true
    default: false
    }
  }

  /// The segment with parameter names dropped, used as a key for shape lookups.
  ///
  /// Literals are percent-encoded, which makes the key ASCII, so string
  /// comparison of keys is byte comparison of the literals.
  var shapeKey: String {
    switch self {
    case .literal(let text): "=" + PercentEncoding.encode(text, escapingDotSegments: false)
    case .parameter: ":"
    case .catchAll: "**"
    }
  }

  /// Whether two segments are the same kind with the same text, comparing literals and names by UTF-8 bytes.
  public static func == (left: RouteSegment, right: RouteSegment) -> Bool {
    switch (left, right) {
    case (.literal(let a), .literal(let b)), (.parameter(let a), .parameter(let b)):
      a.utf8.elementsEqual(b.utf8)
    case (.catchAll, .catchAll): true
    default: false
    }
  }

  /// Hashes the segment's kind and UTF-8 bytes, consistently with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .literal(let text):
      hasher.combine(0)
      for byte in text.utf8 { hasher.combine(byte) }
    case .parameter(let name):
      hasher.combine(1)
      for byte in name.utf8 { hasher.combine(byte) }
    case .catchAll:
      hasher.combine(2)
    }
  }
}
