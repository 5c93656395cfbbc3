import AuthInfo
import Foundation

/// auth_info benchmarks: building a body and decoding it again.
enum AuthInfoBenchmarks {
  private struct Inner: Codable {
    var login: String
    var password: String
  }

  private struct Outer: Codable {
    var authInfo: String

    enum CodingKeys: String, CodingKey {
      case authInfo = "auth_info"
    }
  }

  /// Builds and reads a body the baseline way: JSONEncoder for the inner object,
  /// again for the body, and JSONDecoder twice to read it back.
  private static func encoderTwice(login: String, password: String) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let inner = String(decoding: try encoder.encode(Inner(login: login, password: password)), as: UTF8.self)
    let body = try encoder.encode(Outer(authInfo: inner))
    let decoder = JSONDecoder()
    let outer = try decoder.decode(Outer.self, from: body)
    return try decoder.decode(Inner.self, from: Data(outer.authInfo.utf8)).password
  }

  static func run(harness: Harness) throws -> [BenchmarkResult] {
    let login = "portabilling"
    let password = #"p","admin":true,"x":"\ and é"#

    // Check both sides agree before timing them.
    let ours = try AuthInfo(requestBody: Array(AuthInfo(login: login, password: password).requestBody.utf8))
    guard ours.revealedPassword == password, try encoderTwice(login: login, password: password) == password else {
      throw BenchmarkFailure(message: "auth_info round trip disagrees with the JSONEncoder baseline")
    }

    let (build, baseline) = harness.measurePair(
      {
        let body = AuthInfo(login: login, password: password).requestBody
        blackHole(try? AuthInfo(requestBody: Array(body.utf8)))
      },
      { blackHole(try? encoderTwice(login: login, password: password)) })
    return [
      makeResult(
        name: "authinfo.build-and-decode",
        unit: .rate("round trips"),
        ours: build,
        baseline: "JSONEncoder twice to build, JSONDecoder twice to read",
        baselineMeasurement: baseline,
        note: "ours also rejects repeated keys and checks limits while decoding"
      )
    ]
  }
}
