import Foundation

/// An application that PortaBilling's UI plug-ins reach through WebCustom options.
///
/// An application is configured by lines of its own section:
///
/// ```
/// [ExternalApps]Extras=contracts
/// [contracts]ServerUrl=https://mybilling.com
/// [contracts]Login=operator
/// [contracts]Password=secret
/// ```
public struct ExternalApp: Sendable, Hashable {
  /// One `Key=value` pair of an application's section.
  public struct Option: Sendable, Hashable {
    /// The key, case preserved.
    public var key: String
    /// The value, exactly as written.
    public var value: String

    /// Creates an option.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - value: The value.
    public init(key: String, value: String) {
      self.key = key
      self.value = value
    }
  }

  /// The application's name: its entry in `Extras` and its section name.
  public var name: String
  /// The application's base URL, from `ServerUrl`.
  public var serverURL: URL
  /// The login and password, from `Login` and `Password`, or `nil` when neither is set.
  public var credentials: Credentials?
  /// The section's options other than `ServerUrl`, `Login` and `Password`, in document order.
  public var otherOptions: [Option]

  /// Creates an application.
  ///
  /// - Parameters:
  ///   - name: The application's name and section name.
  ///   - serverURL: The base URL.
  ///   - credentials: The login and password, if any.
  ///   - otherOptions: Further options, in the order to write them.
  public init(name: String, serverURL: URL, credentials: Credentials? = nil, otherOptions: [Option] = []) {
    self.name = name
    self.serverURL = serverURL
    self.credentials = credentials
    self.otherOptions = otherOptions
  }

  /// All options of the section as ordered key and value pairs: `ServerUrl`,
  /// `Login` and `Password` when set, then ``otherOptions``.
  ///
  /// Templates such as `{"login":"{{Login}}"}` look values up here. The pairs
  /// contain the password in clear text.
  public var options: [Option] {
    var result = [Option(key: KnownKeys.serverURL, value: serverURL.absoluteString)]
    if let credentials {
      result.append(Option(key: KnownKeys.login, value: credentials.login))
      result.append(Option(key: KnownKeys.password, value: credentials.password))
    }
    return result + otherOptions
  }

  /// Returns the value of `key` in ``options``.
  ///
  /// - Parameters:
  ///   - key: The key to look up.
  ///   - isCaseInsensitive: Whether to compare keys ignoring case.
  /// - Returns: The value, or `nil` when the application has no such option.
  public func value(forKey key: String, isCaseInsensitive: Bool = false) -> String? {
    let lowered = key.lowercased()
    return options.last { isCaseInsensitive ? $0.key.lowercased() == lowered : $0.key == key }?.value
  }
}

extension ExternalApp.Option: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The option as `Key=value`, with the value masked when the key is `Password` in any case.
  public var description: String {
    "\(key)=\(OptionRecord.masked(value, isSecret: OptionRecord.isSecretKey(key)))"
  }

  /// The same text as ``description``.
  public var debugDescription: String { description }

  /// A mirror that masks the value of a `Password` option.
  public var customMirror: Mirror {
    let shownValue = OptionRecord.masked(value, isSecret: OptionRecord.isSecretKey(key))
    return Mirror(self, children: ["key": key, "value": shownValue], displayStyle: .struct)
  }
}
