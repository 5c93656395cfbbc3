import ExternalApps
import Foundation
import PortaJSON

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

extension AuthInfo {
  /// Creates the payload from an application's credentials.
  ///
  /// - Parameter application: An application from an `ExternalAppsConfiguration`.
  /// - Returns: `nil` when the application has no `Login` and `Password`, in
  ///   which case the request carries no `auth_info` field at all.
  public init?(application: ExternalApp) {
    guard let credentials = application.credentials else { return nil }
    self.init(login: credentials.login, password: credentials.password)
  }

  /// Creates the request PortaBilling sends to an application: a `POST` to its
  /// `ServerUrl` whose body carries the `auth_info` rendered from `template`.
  ///
  /// - Parameters:
  ///   - application: The application whose options fill the template.
  ///   - template: The inner JSON template; the documented
  ///     `{"login":"{{Login}}","password":"{{Password}}"}` by default.
  ///   - fields: The other members of the body, in order.
  /// - Returns: The request, ready for `URLSession`; its body has no
  ///   `auth_info` when the application has no credentials.
  /// - Throws: ``AuthInfoTemplateError`` when the template names an option the
  ///   application lacks, and ``AuthInfoBodyError`` when `fields` already has
  ///   `auth_info` or repeats a key.
  /// - Complexity: O(n) in the size of the body.
  public static func makeRequest(
    for application: ExternalApp,
    template: AuthInfoTemplate = .documented,
    fields: JSONObject = JSONObject()
  ) throws -> URLRequest {
    let jsonText = try template.render(application: application)
    return try makeRequest(serverURL: application.serverURL, jsonText: jsonText, fields: fields)
  }
}

extension AuthInfoTemplate {
  /// Renders the template from an application's options (`ServerUrl`,
  /// `Login`, `Password` and the others, by key).
  ///
  /// - Parameter application: The application whose options fill the placeholders.
  /// - Returns: The inner JSON text, or `nil` when the application has none of
  ///   the options the template names, so `auth_info` is left out.
  /// - Throws: ``AuthInfoTemplateError/unknownPlaceholder(name:location:suggestions:)``
  ///   when some named options are set but another is not.
  /// - Complexity: O(n + m) for a template of length n and options of total length m.
  public func render(application: ExternalApp) throws(AuthInfoTemplateError) -> String? {
    try render(options: application.options.map { (key: $0.key, value: $0.value) })
  }
}
