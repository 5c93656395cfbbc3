import AuthInfo
import Foundation
import PortaDiagnostics
import Testing

/// A caller's own request body that contains the credentials as a property.
struct SessionRequest: Codable, Equatable {
  var action: String
  var authInfo: AuthInfo

  enum CodingKeys: String, CodingKey {
    case action
    case authInfo = "auth_info"
  }
}

@Suite("AuthInfo Codable and description")
struct AuthInfoCodableTests {
  @Test("encodes as the documented string field")
  func encodesAsStringField() throws {
    let request = SessionRequest(action: "open", authInfo: AuthInfo(login: "u", password: #"p"q\/"#))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

    let body = String(decoding: try encoder.encode(request), as: UTF8.self)

    #expect(body == #"{"action":"open","auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\/\"}"}"#)
  }

  @Test("JSONEncoder output decodes with the strict decoder")
  func jsonEncoderOutputDecodesStrictly() throws {
    let original = AuthInfo(login: "a/b", password: "</script>\u{2028}")
    let body = try JSONEncoder().encode(SessionRequest(action: "open", authInfo: original))

    let decoded = try AuthInfo(requestBody: body)

    #expect(decoded == original)
  }

  @Test("JSONDecoder reads both field forms")
  func jsonDecoderReadsBothForms() throws {
    let stringForm = #"{"action":"open","auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#
    let objectForm = #"{"action":"open","auth_info":{"login":"u","password":"p"}}"#
    let expected = SessionRequest(action: "open", authInfo: AuthInfo(login: "u", password: "p"))

    #expect(try JSONDecoder().decode(SessionRequest.self, from: Data(stringForm.utf8)) == expected)
    #expect(try JSONDecoder().decode(SessionRequest.self, from: Data(objectForm.utf8)) == expected)
  }

  @Test("JSONDecoder reports the underlying error")
  func jsonDecoderReportsUnderlyingError() throws {
    let body = #"{"action":"open","auth_info":"not json"}"#

    do {
      _ = try JSONDecoder().decode(SessionRequest.self, from: Data(body.utf8))
      Issue.record("decoding succeeded")
    } catch DecodingError.dataCorrupted(let context) {
      let underlying = try #require(context.underlyingError as? AuthInfoDecodingError)
      let start = PortaDiagnostics.SourceLocation(line: 1, column: 1, offset: 0)
      #expect(underlying == .innerTextNotAnObject(found: "invalid JSON", innerLocation: start, location: nil))
      #expect(context.codingPath.map(\.stringValue) == ["auth_info"])
    }
  }

  @Test("JSONDecoder rejects a number field")
  func jsonDecoderRejectsNumberField() {
    let body = #"{"action":"open","auth_info":42}"#

    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(SessionRequest.self, from: Data(body.utf8))
    }
  }

  @Test("description redacts the password")
  func descriptionRedactsPassword() {
    let authInfo = AuthInfo(login: "alice", password: "s3cr3t")

    #expect(authInfo.description == #"AuthInfo(login: "alice", password: <redacted>)"#)
    #expect(String(reflecting: authInfo) == #"AuthInfo(login: "alice", password: <redacted>)"#)
    #expect("\(authInfo)" == #"AuthInfo(login: "alice", password: <redacted>)"#)
  }

  @Test("dump redacts the password")
  func dumpRedactsPassword() {
    var output = ""
    dump(AuthInfo(login: "alice", password: "s3cr3t"), to: &output)

    #expect(output.contains("alice"))
    #expect(output.contains("<redacted>"))
    #expect(!output.contains("s3cr3t"))
  }

  @Test("description escapes the login")
  func descriptionEscapesLogin() {
    let authInfo = AuthInfo(login: "a\"b\n", password: "p")

    #expect(authInfo.description == #"AuthInfo(login: "a\"b\n", password: <redacted>)"#)
  }
}
