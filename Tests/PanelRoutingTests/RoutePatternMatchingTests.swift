import PortaPluginFixtures
import Testing

@testable import PanelRouting

/// A path and the parameters a pattern must report for it, or `nil` for no match.
struct MatchCase: CustomTestStringConvertible, Sendable {
  let id: String
  let pattern: String
  let path: String
  let parameters: [String: String]?
  var options = MatchOptions.caseSensitive
  var testDescription: String { id }
}

@Suite("Route pattern matching")
struct RoutePatternMatchingTests {
  static let cases: [MatchCase] = [
    .init(
      id: "plain", pattern: "/customer/:id/general_info", path: "/customer/42/general_info", parameters: ["id": "42"]),
    .init(
      id: "one trailing slash", pattern: "/customer/:id/general_info", path: "/customer/42/general_info/",
      parameters: ["id": "42"]),
    .init(
      id: "two trailing slashes", pattern: "/customer/:id/general_info", path: "/customer/42/general_info//",
      parameters: nil),
    .init(
      id: "empty parameter", pattern: "/customer/:id/general_info", path: "/customer//general_info", parameters: nil),
    .init(id: "empty last parameter", pattern: "/customer/:id", path: "/customer/", parameters: nil),
    .init(
      id: "double slash inside", pattern: "/customer/:id/general_info", path: "/customer/42//general_info",
      parameters: nil),
    .init(id: "query ignored", pattern: "/customer/:id", path: "/customer/42?tab=2&x=/y", parameters: ["id": "42"]),
    .init(id: "fragment ignored", pattern: "/customer/:id", path: "/customer/42#top", parameters: ["id": "42"]),
    .init(id: "slash before query", pattern: "/customer/:id", path: "/customer/42/?tab=2", parameters: ["id": "42"]),
    .init(id: "no leading slash", pattern: "/customer/:id", path: "customer/42", parameters: ["id": "42"]),
    .init(id: "decoded value", pattern: "/customer/:id", path: "/customer/a%20b", parameters: ["id": "a b"]),
    .init(
      id: "encoded slash stays", pattern: "/customer/:id/general_info", path: "/customer/a%2Fb/general_info",
      parameters: ["id": "a/b"]),
    .init(id: "lower-case escape", pattern: "/customer/:id", path: "/customer/%c3%a9", parameters: ["id": "é"]),
    .init(id: "encoded literal", pattern: "/customer/:id", path: "/%63ustomer/7", parameters: ["id": "7"]),
    .init(id: "unencoded UTF-8 value", pattern: "/customer/:id", path: "/customer/José", parameters: ["id": "José"]),
    .init(id: "truncated escape", pattern: "/customer/:id", path: "/customer/%4", parameters: nil),
    .init(id: "bare percent", pattern: "/customer/:id", path: "/customer/%", parameters: nil),
    .init(id: "non-hex escape", pattern: "/customer/:id", path: "/customer/%ZZ", parameters: nil),
    .init(id: "escape not UTF-8", pattern: "/customer/:id", path: "/customer/%FF", parameters: nil),
    .init(id: "encoded surrogate", pattern: "/customer/:id", path: "/customer/%ED%A0%80", parameters: nil),
    .init(id: "invalid escape in literal", pattern: "/customer/:id", path: "/cust%G0mer/1", parameters: nil),
    .init(id: "too short", pattern: "/customer/:id/general_info", path: "/customer/42", parameters: nil),
    .init(id: "too long", pattern: "/customer/:id", path: "/customer/42/general_info", parameters: nil),
    .init(id: "root path", pattern: "/customer/:id", path: "/", parameters: nil),
    .init(id: "empty path", pattern: "/customer/:id", path: "", parameters: nil),
    .init(
      id: "case differs", pattern: "/customer/:id/general_info", path: "/Customer/42/General_Info", parameters: nil),
    .init(
      id: "case folded", pattern: "/customer/:id/general_info", path: "/Customer/AbC/General_Info",
      parameters: ["id": "AbC"], options: .caseInsensitive),
    .init(
      id: "case folded keeps value", pattern: "/customer/:id/general_info", path: "/customer/AbC/general_info",
      parameters: ["id": "AbC"], options: .caseInsensitive),
    .init(id: "catch-all one segment", pattern: "/files/**", path: "/files/a", parameters: ["**": "a"]),
    .init(
      id: "catch-all many segments", pattern: "/files/**", path: "/files/a/b%20c/d", parameters: ["**": "a/b%20c/d"]),
    .init(id: "catch-all trailing slash", pattern: "/files/**", path: "/files/a/b/", parameters: ["**": "a/b"]),
    .init(id: "catch-all needs a segment", pattern: "/files/**", path: "/files", parameters: nil),
    .init(id: "catch-all empty segment", pattern: "/files/**", path: "/files/a//b", parameters: nil),
    .init(id: "catch-all invalid escape", pattern: "/files/**", path: "/files/a/%G0", parameters: nil),
    .init(
      id: "catch-all with parameter", pattern: "/c/:id/**", path: "/c/1/x/y?q", parameters: ["id": "1", "**": "x/y"]),
  ]

  @Test("matches and rejects paths", arguments: cases)
  func matchCase(_ testCase: MatchCase) throws {
    let pattern = try RoutePattern(parsing: testCase.pattern)
    #expect(pattern.match(testCase.path, options: testCase.options) == testCase.parameters)
  }

  @Test("tolerates exactly one trailing slash")
  func trailingSlashes() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
    #expect(pattern.match("/customer/42/general_info/") == ["id": "42"])
    #expect(pattern.match("/customer/42/general_info//") == nil)
  }

  @Test("never takes an empty parameter")
  func emptySegment() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
    #expect(pattern.match("/customer//general_info") == nil)
  }

  @Test("case-sensitive by default, parameter case kept")
  func caseSensitivity() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id/general_info")
    #expect(pattern.match("/Customer/42/General_Info") == nil)
    #expect(pattern.match("/Customer/42/General_Info", options: .caseInsensitive) == ["id": "42"])
    #expect(pattern.match("/Customer/Ab/General_Info", options: .caseInsensitive) == ["id": "Ab"])
    #expect(pattern.match("/customer/Ab/general_info") == ["id": "Ab"])
  }

  @Test("survives arbitrary bytes in paths")
  func arbitraryPaths() throws {
    let pattern = try RoutePattern(parsing: "/a/:b/**")
    var generator = SeededGenerator(seed: 7)
    let alphabet = Array("/%aAb:?#é0F\u{0}")
    for _ in 0..<2_000 {
      let length = Int.random(in: 0..<16, using: &generator)
      let path = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      if let parameters = pattern.match(path) {
        #expect(parameters["b"]?.isEmpty == false, "path \(path)")
      }
    }
  }
}
