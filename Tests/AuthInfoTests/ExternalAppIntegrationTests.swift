import AuthInfo
import ExternalApps
import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

@Suite("AuthInfo from ExternalApps")
struct ExternalAppIntegrationTests {
  static let options = """
    [ExternalApps]Extras=contracts,public
    [contracts]ServerUrl=https://mybilling.com/api
    [contracts]Login=u
    [contracts]Password=p"q\\
    [public]ServerUrl=https://example.com/hook

    """

  static func application(_ name: String) throws -> ExternalApp {
    let loaded = ExternalAppsConfiguration.load(options)
    return try #require(loaded.configuration.application(named: name))
  }

  @Test("renders the documented template from options")
  func rendersDocumentedTemplate() throws {
    let application = try Self.application("contracts")
    let text = try AuthInfoTemplate.documented.render(application: application)
    #expect(text == #"{"login":"u","password":"p\"q\\"}"#)
    #expect(AuthInfo(application: application)?.jsonText == text)
  }

  @Test("omits auth_info without credentials")
  func omitsWithoutCredentials() throws {
    let application = try Self.application("public")
    #expect(try AuthInfoTemplate.documented.render(application: application) == nil)
    #expect(AuthInfo(application: application) == nil)
    let request = try AuthInfo.makeRequest(for: application, fields: ["customer": "42"])
    #expect(request.httpBody.map { String(decoding: $0, as: UTF8.self) } == #"{"customer":"42"}"#)
  }

  @Test("builds the request for an application")
  func buildsRequest() throws {
    let request = try AuthInfo.makeRequest(for: try Self.application("contracts"))
    #expect(request.url?.absoluteString == "https://mybilling.com/api")
    #expect(request.httpMethod == "POST")
    #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/json")
    #expect(
      request.httpBody.map { String(decoding: $0, as: UTF8.self) }
        == #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"#
    )
  }
}
