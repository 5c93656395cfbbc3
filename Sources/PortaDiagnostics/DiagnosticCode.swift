/// A stable identifier of a diagnostic rule, such as `json.duplicate-key`.
///
/// Codes have the form `domain.rule-name` in lower case. They never change once
/// published, so scripts and suppressions can rely on them; messages may be
/// reworded. Each module declares its codes as static members in an extension,
/// and `Documentation/Diagnostics.md` lists them all.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The code as printed, for example `manifest.missing-field`.
  public let rawValue: String

  /// Creates a code from its printed form.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Creates a code from a string literal.
  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  /// The printed form of the code.
  public var description: String { rawValue }

  /// The part before the first dot, such as `json` or `manifest`.
  public var domain: Substring {
    rawValue.prefix { $0 != "." }
  }

  /// Orders codes by their printed form.
  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// Encodes the code as a plain string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Decodes the code from a plain string.
  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(String.self)
  }
}
