import Foundation
import PortaDiagnostics

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

  /// Returns `value` as it may be shown for `key`: ``mask`` for a secret key,
  /// and otherwise the value with any password inside a URL's user information
  /// (`https://user:secret@host`) masked.
  ///
  /// - Parameters:
  ///   - value: The option's value.
  ///   - key: The option's key.
  /// - Returns: The text that is safe to print or log.
  public static func displayValue(of value: String, forKey key: String) -> String {
    masked(value, isSecret: isSecretKey(key))
  }

  static func masked(_ value: String, isSecret: Bool) -> String {
    if isSecret {
      return value.isEmpty ? value : mask
    }
    return maskingURLPassword(in: value)
  }

  /// Returns `value` with the password of a `scheme://user:password@host` URL replaced by ``mask``.
  static func maskingURLPassword(in value: String) -> String {
    guard let schemeEnd = value.range(of: "://") else { return value }
    let authorityStart = schemeEnd.upperBound
    let authorityEnd = value[authorityStart...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? value.endIndex
    let authority = value[authorityStart..<authorityEnd]
    guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
      return value
    }
    return String(value[..<value.index(after: colon)]) + mask + String(value[at...])
  }

  /// Returns whether `key` names a secret: one of `secretKeys` ignoring case,
  /// or a key that looks like a password, so a misspelt `Passwrd` or a
  /// `PASSWORD` in the wrong case is masked too.
  ///
  /// A key looks like a password when, in lower case without `_` and `-`, it
  /// contains `pass`, `pwd`, `secret` or `token`, or is at most two edits from
  /// `password`.
  static func isSecretKey(_ key: String, secretKeys: Set<String> = defaultSecretKeys) -> Bool {
    let lowered = key.lowercased()
    if secretKeys.contains(where: { $0.lowercased() == lowered }) {
      return true
    }
    let folded = Suggestions.fold(key)
    let markers = ["pass", "pwd", "secret", "token"]
    return markers.contains { folded.contains($0) } || Suggestions.editDistance(folded, "password", limit: 2) <= 2
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
