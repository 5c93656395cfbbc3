/// A login and password that PortaBilling sends to an external application.
///
/// Two credentials are equal when their UTF-8 bytes are, as PortaBilling
/// sends them: `é` written precomposed and as `e` plus a combining accent
/// differ, unlike Swift's `String` comparison. The password is redacted in ``description``, ``debugDescription``, string
/// interpolation, `print`, `dump` and any other use of ``customMirror``. Read
/// ``password`` explicitly where the secret is needed.
public struct Credentials: Sendable, Hashable {
  /// The text shown in place of the password.
  public static let redacted = "<redacted>"

  /// The user name, from the `Login` option.
  public var login: String
  /// The password, from the `Password` option.
  public var password: String

  /// Creates credentials.
  ///
  /// - Parameters:
  ///   - login: The user name.
  ///   - password: The password.
  public init(login: String, password: String) {
    self.login = login
    self.password = password
  }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The login and a redacted password, as in `Credentials(login: "operator", password: <redacted>)`.
  public var description: String {
    "Credentials(login: \(login.debugDescription), password: \(Self.redacted))"
  }

  /// The same text as ``description``.
  public var debugDescription: String { description }

  /// A mirror whose `password` child is ``redacted``.
  public var customMirror: Mirror {
    Mirror(self, children: ["login": login, "password": Self.redacted], displayStyle: .struct)
  }
}

extension Credentials {
  /// Compares logins and passwords by their UTF-8 bytes.
  public static func == (lhs: Credentials, rhs: Credentials) -> Bool {
    lhs.login.utf8.elementsEqual(rhs.login.utf8) && lhs.password.utf8.elementsEqual(rhs.password.utf8)
  }

  /// Hashes the UTF-8 bytes of the login and password, consistent with `==`.
  public func hash(into hasher: inout Hasher) {
    for byte in login.utf8 { hasher.combine(byte) }
    hasher.combine(0xFF as UInt8)  // a byte that never occurs in UTF-8 separates the two
    for byte in password.utf8 { hasher.combine(byte) }
  }
}
