import PortaPluginFixtures
import Testing

@testable import PanelRouting

@Suite("Route path building")
struct RoutePathBuildingTests {
  @Test("fills parameters in place")
  func fillsParameters() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id/account/:account")
    #expect(try pattern.path(filling: ["id": "42", "account": "7", "unused": "x"]) == "/customer/42/account/7")
  }

  @Test(
    "percent-encodes values",
    arguments: [
      ("a b", "a%20b"), ("a/b", "a%2Fb"), ("100%", "100%25"), ("José", "Jos%C3%A9"),
      ("?#", "%3F%23"), (".", "%2E"), ("..", "%2E%2E"), ("a.b", "a.b"), ("x:y@z", "x:y@z"),
    ])
  func encodesValues(_ value: String, _ encoded: String) throws {
    let pattern = try RoutePattern(parsing: "/customer/:id")
    #expect(try pattern.path(filling: ["id": value]) == "/customer/" + encoded)
  }

  @Test("missing parameter names it")
  func missingParameter() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id/account/:account")
    #expect(throws: RoutePathError.missingParameter("account")) {
      try pattern.path(filling: ["id": "42"])
    }
    #expect(
      RoutePathError.missingParameter("account").description
        == "Missing value for parameter \"account\"; pass it in the parameters, such as [\"account\": \"42\"].")
  }

  @Test("empty value is an error")
  func emptyValue() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id")
    #expect(throws: RoutePathError.emptyParameter("id")) { try pattern.path(filling: ["id": ""]) }
  }

  @Test("catch-all keeps slashes and escapes")
  func catchAllValue() throws {
    let pattern = try RoutePattern(parsing: "/files/**")
    #expect(try pattern.path(filling: ["**": "a/b%20c/d e"]) == "/files/a/b%20c/d%20e")
    #expect(throws: RoutePathError.invalidCatchAllValue("a//b")) { try pattern.path(filling: ["**": "a//b"]) }
    #expect(throws: RoutePathError.missingParameter("**")) { try pattern.path(filling: [:]) }
    #expect(throws: RoutePathError.invalidCatchAllValue("a/%FF")) { try pattern.path(filling: ["**": "a/%FF"]) }
    #expect(try pattern.path(filling: ["**": "100%"]) == "/files/100%25")
  }

  @Test("literals are written canonically")
  func canonicalLiterals() throws {
    let pattern = try RoutePattern(parsing: "/a%20b/:id")
    #expect(try pattern.path(filling: ["id": "1"]) == "/a%20b/1")
  }

  @Test("round trip of random values")
  func roundTrip() throws {
    let pattern = try RoutePattern(parsing: "/customer/:id/general_info/:tab")
    var generator = SeededGenerator(seed: 42)
    let alphabet = Array("aZ09 /%?#.:@!$&'()*+,;=~-_éß😀\u{7F}\u{1}\"<>\\^`{|}[]")
    for _ in 0..<5_000 {
      var parameters: [String: String] = [:]
      for name in ["id", "tab"] {
        let length = Int.random(in: 1...12, using: &generator)
        parameters[name] = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      }
      let path = try pattern.path(filling: parameters)
      #expect(pattern.match(path) == parameters, "path \(path)")
      #expect(pattern.match(path, options: .caseInsensitive) == parameters, "path \(path)")
    }
  }
}
