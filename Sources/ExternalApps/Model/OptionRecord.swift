/// One option line of a document: its line number, section, key and value.
///
/// A record for a secret key masks its value in ``maskedValue``, ``description``
/// and `dump`, and returns it in full only from ``value`` or
/// ``value(showingSecrets:)``. `Password` is secret by default, and callers
/// can mark other keys as secret.
public struct OptionRecord: Sendable, Hashable {
  /// The keys whose values are masked when the caller names no others: `Password`.
  public static let defaultSecretKeys: Set<String> = [KnownKeys.password]
  /// The text shown in place of a secret value that is not empty.
  public static let mask = "********"

  /// The 1-based line number.
  public let line: Int
  /// The section name between `[` and `]`.
  public let section: String
  /// The key between `]` and the first `=`.
  public let key: String
  /// The value after the first `=`, exactly as written. It is the secret itself for a secret key.
  public let value: String
  /// Whether the key is one of the secret keys, compared ignoring case.
  public let isSecret: Bool

  /// The byte offsets in the document of the section name, key and value, for locating diagnostics.
  let sectionOffset: Int
  let keyOffset: Int
  let valueOffset: Int

  /// The value, or ``mask`` when the key is secret and the value is not empty.
  public var maskedValue: String { Self.masked(value, isSecret: isSecret) }

  /// Returns the value, masked unless `showingSecrets` is `true`.
  ///
  /// - Parameter showingSecrets: Whether to return a secret value in full.
  /// - Returns: ``value`` or ``maskedValue``.
  public func value(showingSecrets: Bool) -> String {
    showingSecrets ? value : maskedValue
  }

  static func masked(_ value: String, isSecret: Bool) -> String {
    isSecret && !value.isEmpty ? mask : value
  }

  /// Returns whether `key` matches a secret key, ignoring case.
  static func isSecretKey(_ key: String, secretKeys: Set<String> = defaultSecretKeys) -> Bool {
    let lowered = key.lowercased()
    return secretKeys.contains { $0.lowercased() == lowered }
  }
}

extension OptionRecord: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The option as written, `[section]Key=value`, with a secret value masked.
  public var description: String { "[\(section)]\(key)=\(maskedValue)" }

  /// The line number and the option, with a secret value masked.
  public var debugDescription: String { "line \(line): \(description)" }

  /// A mirror that shows the masked value, so `dump` never prints a secret.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: ["line": line, "section": section, "key": key, "value": maskedValue, "isSecret": isSecret],
      displayStyle: .struct)
  }
}
