/// The seriousness of a diagnostic.
///
/// An input with at least one ``error`` is rejected. A ``warning`` marks something
/// PortaBilling accepts but that is probably a mistake.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// A note that adds context to another diagnostic.
  case note
  /// A likely mistake that does not stop the input from being used.
  case warning
  /// A fault that makes the input unusable.
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// Orders severities from ``note`` to ``error``.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }
}
