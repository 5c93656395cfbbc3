/// A login and password that PortaBilling sends to an external application.
///
/// The password is redacted in ``description``, ``debugDescription``, string
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
