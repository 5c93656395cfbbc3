/// Options that change how a concrete path is compared with route patterns.
public struct MatchOptions: Sendable, Hashable {
  /// Whether literal segments compare without regard to ASCII letter case; `false` by default.
  ///
  /// Only the letters A–Z and a–z fold. Parameter values keep the case they
  /// have in the path either way.
  /// NOTE: Non-ASCII letters in literals still compare exactly.
  public var isCaseInsensitive: Bool

  /// Creates options.
  ///
  /// - Parameter isCaseInsensitive: Whether literals compare without regard to ASCII case.
  public init(isCaseInsensitive: Bool = false) {
    self.isCaseInsensitive = isCaseInsensitive
  }

  /// Case-sensitive matching, the default.
  public static let caseSensitive = MatchOptions()
  /// Matching that folds ASCII letter case in literals.
  public static let caseInsensitive = MatchOptions(isCaseInsensitive: true)
}
