import PortaDiagnostics

/// The member-name rule: known keys are used as is, unknown ones get a "did you mean".
enum ManifestKeyRule {
  /// The known member names in canonical order.
  static let knownKeys = ManifestField.allCases.map(\.rawValue)

  /// Returns the known key closest to an unknown `key`, such as `linkLabel` for `link_label`, or `nil`.
  ///
  /// - Complexity: O(k × m × n) for k known keys of length m and a key of length n.
  static func suggestion(for key: String) -> String? {
    guard key.utf8.count <= 64 else { return nil }
    return Suggestions.closest(to: key, in: knownKeys, limit: 1).first
  }

  /// Returns the first of `unknownKeys` whose suggestion is `field`.
  static func misspelling(of field: ManifestField, among unknownKeys: [String]) -> String? {
    unknownKeys.first { suggestion(for: $0) == field.rawValue }
  }
}
