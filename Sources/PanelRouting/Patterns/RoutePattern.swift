/// A parsed route pattern such as `/customer/:id/general_info`, in the syntax of Angular's router.
///
/// A pattern is a list of segments: literals, parameters written `:name`,
/// and an optional final catch-all `**`. The canonical text has a leading `/`
/// and no trailing `/`. Literals compare case-sensitively unless a match asks
/// for ``MatchOptions/isCaseInsensitive``.
///
/// ```swift
/// let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
/// pattern.match("/customer/4711/general_info")  // ["id": "4711"]
/// try pattern.path(filling: ["id": "42"])        // "/customer/42/general_info"
/// ```
public struct RoutePattern: Sendable, Hashable, CustomStringConvertible {
  /// The maximum length of a pattern's text, in UTF-8 bytes.
  public static let maximumLength = 2048
  /// The maximum number of segments in a pattern.
  public static let maximumSegmentCount = 64

  /// The segments in order; never empty, and only the last may be ``RouteSegment/catchAll``.
  public let segments: [RouteSegment]

  /// Creates a pattern from segments that are already valid.
  ///
  /// The segments must satisfy the rules that ``init(parsing:)`` checks; a
  /// violation is a programmer error and stops the program with a message.
  ///
  /// - Parameter segments: A non-empty list of segments with distinct parameter
  ///   names, valid names, non-empty literals and a catch-all only last.
  public init(segments: [RouteSegment]) {
    precondition(!segments.isEmpty, "A route pattern needs at least one segment.")
    let catchAllIndex = segments.firstIndex(of: .catchAll)
    precondition(
      catchAllIndex == nil || catchAllIndex == segments.count - 1,
      "A catch-all must be the last segment of a route pattern.")
    var names = Set<String>()
    for case .parameter(let name) in segments {
      precondition(RoutePattern.isValidParameterName(name), "Invalid parameter name \"\(name)\".")
      precondition(names.insert(name).inserted, "Parameter name \"\(name)\" is used twice.")
    }
    for case .literal(let text) in segments {
      precondition(!text.isEmpty, "A literal segment cannot be empty.")
    }
    self.segments = segments
  }

  /// Creates a pattern without checking, for callers that already validated the segments.
  init(validatedSegments: [RouteSegment]) {
    self.segments = validatedSegments
  }

  /// The canonical text, such as `/customer/:id/general_info`.
  public var description: String {
    var text = ""
    for segment in segments {
      text += "/"
      text += segment.description
    }
    return text
  }

  /// The parameter names in pattern order, without the catch-all.
  public var parameterNames: [String] {
    segments.compactMap { segment in
      if case .parameter(let name) = segment { name } else { nil }
    }
  }

  /// Whether the last segment is the catch-all `**`.
  public var hasCatchAll: Bool { segments.last == .catchAll }

  /// The first segment's text when it is a literal, such as `customer`; this names the entity.
  public var entity: String? {
    if case .literal(let text) = segments.first { text } else { nil }
  }

  /// Whether both patterns match exactly the same paths, which is when they
  /// differ at most in their parameter names.
  ///
  /// - Parameter other: The pattern to compare with.
  /// - Returns: `true` when the segments have the same shapes position by position.
  public func hasSameShape(as other: RoutePattern) -> Bool {
    guard segments.count == other.segments.count else { return false }
    return zip(segments, other.segments).allSatisfy { $0.hasSameShape(as: $1) }
  }

  /// Whether this pattern's segments, shapes compared, begin `other` and are fewer.
  ///
  /// - Parameter other: The possibly longer pattern.
  /// - Returns: `true` when `other` continues this pattern with at least one more segment.
  public func isProperPrefix(of other: RoutePattern) -> Bool {
    guard segments.count < other.segments.count else { return false }
    return zip(segments, other.segments).allSatisfy { $0.hasSameShape(as: $1) }
  }

  /// Returns the pattern extended by `suffix`.
  ///
  /// - Parameter suffix: Segments to add; parameter names must not repeat ones
  ///   already present, and this pattern must not end with a catch-all.
  /// - Returns: The longer pattern.
  public func appending(_ suffix: [RouteSegment]) -> RoutePattern {
    RoutePattern(segments: segments + suffix)
  }

  /// The pattern text with parameter names dropped, equal for patterns of the same shape.
  var shapeKey: String {
    segments.map(\.shapeKey).joined(separator: "/")
  }

  /// Whether `name` matches `[A-Za-z_][A-Za-z0-9_]*`.
  ///
  /// - Parameter name: A parameter name without its `:`.
  /// - Returns: `true` for a valid name.
  public static func isValidParameterName(_ name: some StringProtocol) -> Bool {
    guard let first = name.utf8.first, isNameStart(first) else { return false }
    return name.utf8.dropFirst().allSatisfy { isNameStart($0) || (0x30...0x39).contains($0) }
  }

  private static func isNameStart(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
  }
}
