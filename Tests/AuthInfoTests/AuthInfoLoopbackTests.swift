import AuthInfo
import Foundation
import PortaJSON
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

@Suite("AuthInfo over loopback HTTP")
struct AuthInfoLoopbackTests {
  /// Sends `request` with an ephemeral session and returns the response.
  private func send(_ request: URLRequest) async throws -> HTTPURLResponse {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.connectionProxyDictionary = [:]
    configuration.timeoutIntervalForRequest = 10
    configuration.timeoutIntervalForResource = 10
    let session = URLSession(configuration: configuration)
    defer { session.finishTasksAndInvalidate() }

    let (_, response) = try await session.data(for: request)
    return try #require(response as? HTTPURLResponse)
  }

  @Test("server receives the exact body")
  func serverReceivesExactBody() async throws {
    let server = try LoopbackHTTPServer()
    defer { server.stop() }
    server.start()
    let authInfo = AuthInfo(login: "u", password: #"p"q\ </script> 😀"#)
    let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/session"))
    let request = try AuthInfo.makeRequest(serverURL: url, authInfo: authInfo, fields: ["action": "open"])

    let response = try await send(request)
    let received = try server.receivedRequest()

    let expectedBody =
      #"{"action":"open","auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\ </script> 😀\"}"}"#
    #expect(response.statusCode == 204)
    #expect(received.requestLine == "POST /session HTTP/1.1")
    #expect(received.header("Content-Type") == "application/json")
    #expect(received.header("Content-Length") == "\(expectedBody.utf8.count)")
    #expect(received.body == Array(expectedBody.utf8))
    #expect(try AuthInfo(requestBody: received.body) == authInfo)
  }

  @Test("server receives a large body intact")
  func serverReceivesLargeBody() async throws {
    let server = try LoopbackHTTPServer()
    defer { server.stop() }
    server.start()
    let password = String(repeating: #"a"\u{2028}😀"#, count: 2_000)
    let authInfo = AuthInfo(login: "u", password: password)
    let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/session"))

    _ = try await send(try AuthInfo.makeRequest(serverURL: url, authInfo: authInfo))
    let received = try server.receivedRequest()

    #expect(received.body.count > 32_000)
    #expect(received.body == Array(authInfo.requestBody.utf8))
    #expect(try AuthInfo(requestBody: received.body) == authInfo)
  }

  @Test("request without credentials omits the field")
  func requestWithoutCredentialsOmitsField() async throws {
    let server = try LoopbackHTTPServer()
    defer { server.stop() }
    server.start()
    let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/"))
    let rendered = try AuthInfoTemplate.documented.render(options: [(key: "ServerUrl", value: url.absoluteString)])
    let request = try AuthInfo.makeRequest(serverURL: url, jsonText: rendered)

    _ = try await send(request)
    let received = try server.receivedRequest()

    #expect(rendered == nil)
    #expect(received.body == Array("{}".utf8))
  }

  @Test("request factory sets method, header and body")
  func requestFactorySetsMethodHeaderBody() throws {
    let url = try #require(URL(string: "https://app.example.com/api"))
    let authInfo = AuthInfo(login: "u", password: "p")

    let request = try AuthInfo.makeRequest(serverURL: url, authInfo: authInfo)

    #expect(request.url == url)
    #expect(request.httpMethod == "POST")
    #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/json")
    #expect(request.httpBody == Data(authInfo.requestBody.utf8))
  }

  @Test("server gives up when no client connects")
  func serverGivesUpWithoutClient() throws {
    let server = try LoopbackHTTPServer(timeout: .milliseconds(200))
    defer { server.stop() }
    server.start()

    #expect(throws: LoopbackServerError.self) {
      try server.receivedRequest()
    }
  }
}
