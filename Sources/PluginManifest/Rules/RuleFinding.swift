/// A problem found in a string value, with where in the string it starts.
struct RuleFinding: Sendable, Hashable {
  /// The problem.
  var problem: ManifestProblem
  /// The 0-based offset in Unicode scalars of the offending character, or `nil` for the whole value.
  var scalarOffset: Int?

  /// Whether the finding is an error.
  var isError: Bool { problem.severity == .error }
}
