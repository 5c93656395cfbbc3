/// An error that stops writing an option because it would change the document's structure.
///
/// Each case names the field, as in `[contracts]Password`, and never contains a value,
/// so the error can be logged even when the value is a password.
public enum OptionsWriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A section name is empty or contains `]` or a control character.
  case invalidSectionName(section: String, reason: String)
  /// A key is empty or contains a character outside `A-Z a-z 0-9 _ . -`.
  case invalidKey(section: String, key: String)
  /// A value contains CR, LF or NUL, which would end the line or corrupt it;
  /// a line break could inject another option such as `[ExternalApps]Extras=...`.
  case forbiddenCharacterInValue(field: String, character: Unicode.Scalar)
  /// A written line would exceed ``OptionsLimits/maximumLineLength``.
  case lineTooLong(field: String, length: Int, maximum: Int)
  /// An application name cannot be listed in `Extras` and used as a section.
  case invalidApplicationName(name: String, reason: String)
  /// Two applications have the same name.
  case duplicateApplication(name: String)
  /// An application's other options contain the same key twice.
  case duplicateKey(field: String)
  /// An application's other options contain `ServerUrl`, `Login` or `Password`,
  /// which come from ``ExternalApp/serverURL`` and ``ExternalApp/credentials``.
  case reservedKey(field: String)
  /// The document exceeded its size limit when parsed, so it has no lines to edit.
  case documentTooLarge(size: Int, maximum: Int)
  /// An application's server URL that ``ExternalAppsConfiguration/load(_:limits:)`` would reject:
  /// not absolute `http` or `https` with a host, or with a user name or password in it.
  case invalidServerURL(field: String)

  /// A message with the field, the problem and the fix.
  public var description: String {
    switch self {
    case .invalidSectionName(let section, let reason):
      "Section name `\(Self.escaped(section))` is invalid because it \(reason). "
        + "Use a name such as `contracts`."
    case .invalidKey(let section, let key):
      "Key `\(Self.escaped(key))` in section `[\(Self.escaped(section))]` is invalid. "
        + "Keys are not empty and contain only letters, digits, `_`, `.` and `-`."
    case .forbiddenCharacterInValue(let field, let character):
      "Value of `\(Self.escaped(field))` contains \(Self.name(of: character)), which would end the line. "
        + "Remove it, because a value is a single line."
    case .lineTooLong(let field, let length, let maximum):
      "Line for `\(Self.escaped(field))` would be \(length) bytes long, "
        + "which exceeds the maximum of \(maximum) bytes. Shorten the value."
    case .invalidApplicationName(let name, let reason):
      "Application name `\(Self.escaped(name))` is invalid because it \(reason). "
        + "Use a name such as `contracts`."
    case .duplicateApplication(let name):
      "Application `\(Self.escaped(name))` is listed twice. Give each application a different name."
    case .duplicateKey(let field):
      "Option `\(Self.escaped(field))` appears twice. Keep one of them."
    case .reservedKey(let field):
      "Option `\(Self.escaped(field))` is written from the application's server URL or credentials. "
        + "Remove it from the other options."
    case .invalidServerURL(let field):
      "Value of `\(Self.escaped(field))` is not an absolute `https` or `http` URL with a host and without "
        + "a user name or password. Use an address such as `https://mybilling.com`, and put credentials in "
        + "`Login` and `Password`."
    case .documentTooLarge(let size, let maximum):
      "Document is \(size) bytes, which exceeds the maximum of \(maximum) bytes, so it was not split into lines. "
        + "Parse it with a larger `OptionsLimits.maximumDocumentSize` before editing."
    }
  }

  /// Escapes control characters so that a message stays on one line.
  static func escaped(_ text: String) -> String {
    text.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }
      .joined()
  }

  static func name(of character: Unicode.Scalar) -> String {
    switch character {
    case "\r": "a carriage return (\\r)"
    case "\n": "a line feed (\\n)"
    case "\0": "a NUL character (\\0)"
    default: "`\(character.escaped(asASCII: true))`"
    }
  }
}
