import Foundation
import PortaJSON

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

extension AuthInfo {
  /// Creates the request PortaBilling sends to an external application: a `POST` to
  /// its server URL with `Content-Type: application/json` and a body that carries
  /// `auth_info`.
  ///
  /// The body is ``requestBody(jsonText:merging:)`` of `authInfo?.jsonText` and
  /// `fields`, so a `nil` `authInfo` leaves the `auth_info` field out.
  ///
  /// - Parameters:
  ///   - serverURL: The application's `ServerUrl` option.
  ///   - authInfo: The credentials, or `nil` for an application without them.
  ///   - fields: The other members of the body, in order.
  /// - Returns: The request, ready for `URLSession`.
  /// - Throws: ``AuthInfoBodyError/fieldAlreadyPresent`` or
  ///   ``AuthInfoBodyError/duplicateField(name:)``.
  /// - Complexity: O(n) in the size of the body.
  public static func makeRequest(
    serverURL: URL,
    authInfo: AuthInfo?,
    fields: JSONObject = JSONObject()
  ) throws(AuthInfoBodyError) -> URLRequest {
    let body = try assembleBody(fields: fields, fieldValue: authInfo?.fieldText)
    return makeRequest(serverURL: serverURL, body: body)
  }

  /// Creates the same request from an inner JSON text, such as the output of
  /// ``AuthInfoTemplate/render(options:)``.
  ///
  /// - Parameters:
  ///   - serverURL: The application's `ServerUrl` option.
  ///   - jsonText: The inner JSON object as text, or `nil` to leave `auth_info` out.
  ///   - fields: The other members of the body, in order.
  /// - Returns: The request, ready for `URLSession`.
  /// - Throws: ``AuthInfoBodyError/jsonTextNotAnObject(found:)``,
  ///   ``AuthInfoBodyError/fieldAlreadyPresent`` or
  ///   ``AuthInfoBodyError/duplicateField(name:)``.
  /// - Complexity: O(n) in the size of the body.
  public static func makeRequest(
    serverURL: URL,
    jsonText: String?,
    fields: JSONObject = JSONObject()
  ) throws(AuthInfoBodyError) -> URLRequest {
    let body = try requestBody(jsonText: jsonText, merging: fields)
    return makeRequest(serverURL: serverURL, body: body)
  }

  /// Wraps a finished body in a `POST` request.
  private static func makeRequest(serverURL: URL, body: String) -> URLRequest {
    var request = URLRequest(url: serverURL)
    request.httpMethod = "POST"
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.httpBody = Data(body.utf8)
    return request
  }
}
