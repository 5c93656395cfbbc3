/// The section and key names that PortaBilling reads from WebCustom options.
enum KnownKeys {
  /// The section that lists the applications.
  static let externalAppsSection = "ExternalApps"
  /// The key in ``externalAppsSection`` whose value lists application names, separated by commas.
  static let extras = "Extras"
  /// The application's base URL.
  static let serverURL = "ServerUrl"
  /// The user name PortaBilling sends to the application.
  static let login = "Login"
  /// The password PortaBilling sends to the application.
  static let password = "Password"

  /// The keys an application section may contain, in canonical order.
  static let applicationKeys = [serverURL, login, password]
}
