/// The credentials PortaBilling sends to an external application to open an API
/// session: a login and a password.
///
/// PortaBilling sends them as the `auth_info` field of a JSON request body. The field
/// is a JSON *string* whose content is the JSON object `{"login":"L","password":"P"}`,
/// so the credentials are escaped twice:
///
/// ```
/// {"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}
/// ```
///
/// ``jsonText`` builds the inner object, ``fieldText`` the quoted field value and
/// ``requestBody`` the whole body. ``init(requestBody:limits:)`` reads a body back and
/// ``matches(_:)`` compares credentials in constant time.
///
/// The password never appears in ``description``, ``debugDescription`` or a `Mirror`
/// (so `print`, `dump` and string interpolation redact it). Read it through
/// ``revealedPassword`` when you mean to.
public struct AuthInfo: Sendable {
  /// The name of the request body field that carries the credentials.
  public static let fieldName = "auth_info"

  /// The login, as sent in the `login` member.
  public let login: String

  /// The password; internal so that only ``revealedPassword`` exposes it outside the module.
  let password: String

  /// Creates credentials from a login and a password.
  ///
  /// Both are kept exactly as given. Nothing is trimmed or normalized, so `é` as one
  /// scalar and `e` plus a combining accent are different passwords.
  ///
  /// - Parameters:
  ///   - login: The login.
  ///   - password: The password.
  public init(login: String, password: String) {
    self.login = login
    self.password = password
  }

  /// The password in clear text.
  ///
  /// The name is long on purpose, so that every place that reads the password is easy
  /// to find and review.
  public var revealedPassword: String { password }
}

extension AuthInfo: CustomStringConvertible, CustomDebugStringConvertible {
  /// The login and a redacted password, such as `AuthInfo(login: "u", password: <redacted>)`.
  public var description: String {
    "AuthInfo(login: \(String(reflecting: login)), password: <redacted>)"
  }

  /// The same text as ``description``; the password stays redacted.
  public var debugDescription: String { description }
}

extension AuthInfo: CustomReflectable {
  /// A mirror that shows the login and a redacted password, so `dump` never prints it.
  public var customMirror: Mirror {
    Mirror(self, children: ["login": login, "password": "<redacted>"], displayStyle: .struct)
  }
}

extension AuthInfo: Equatable {
  /// Returns whether both logins and both passwords have the same UTF-8 bytes.
  ///
  /// This is ``matches(_:)``: the comparison takes time that depends on the lengths
  /// only, and Unicode canonical equivalence does not count as equal.
  ///
  /// - Complexity: O(n) in the longer login plus the longer password, in UTF-8 bytes.
  public static func == (lhs: AuthInfo, rhs: AuthInfo) -> Bool {
    lhs.matches(rhs)
  }
}
