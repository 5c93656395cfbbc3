/// Finds the closest candidates to a misspelt word, for "did you mean" hints.
///
/// Words are compared after folding case and dropping `_` and `-`, so
/// `link_label`, `LinkLabel` and `linklabel` all equal `linkLabel`. The distance
/// is the optimal string alignment distance (Levenshtein plus adjacent
/// transpositions) between the folded forms.
public enum Suggestions {
  /// Returns the candidates closest to `word`, best first.
  ///
  /// - Parameters:
  ///   - word: The word as the user wrote it.
  ///   - candidates: The valid words.
  ///   - maximumDistance: The largest edit distance still suggested; by default
  ///     a third of the longer folded word, at least 1 and at most 3.
  ///   - limit: The most candidates returned.
  /// - Returns: Up to `limit` candidates, ordered by distance, then by their
  ///   order in `candidates`. An exact match (distance 0 after folding) is
  ///   included, which is how callers catch case-only typos.
  /// - Complexity: O(c × m × n) for c candidates of length m and a word of length n.
  public static func closest(
    to word: String,
    in candidates: some Sequence<String>,
    maximumDistance: Int? = nil,
    limit: Int = 3
  ) -> [String] {
    let folded = fold(word)
    var scored: [(distance: Int, index: Int, candidate: String)] = []
    for (index, candidate) in candidates.enumerated() {
      let foldedCandidate = fold(candidate)
      let allowed = maximumDistance ?? min(3, max(1, max(folded.count, foldedCandidate.count) / 3))
      let distance = editDistance(folded, foldedCandidate, limit: allowed)
      if distance <= allowed {
        scored.append((distance, index, candidate))
      }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.prefix(limit).map(\.candidate)
  }

  /// Returns the optimal string alignment distance between two words, or
  /// `limit + 1` once it is known to exceed `limit`.
  ///
  /// - Parameters:
  ///   - left: The first word.
  ///   - right: The second word.
  ///   - limit: The distance past which the exact value does not matter.
  /// - Returns: The number of single-character insertions, deletions,
  ///   substitutions and adjacent transpositions that turn one word into the other.
  /// - Complexity: O(m × n) for words of m and n characters.
  public static func editDistance(_ left: String, _ right: String, limit: Int = .max) -> Int {
    let a = Array(left.unicodeScalars)
    let b = Array(right.unicodeScalars)
    if abs(a.count - b.count) > limit { return limit == .max ? limit : limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }

    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }

  /// Folds a word for comparison: lower case, without `_` and `-`.
  ///
  /// - Parameter word: The word to fold.
  /// - Returns: The folded word.
  public static func fold(_ word: String) -> String {
    String(word.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" })
  }
}
