import PortaPluginFixtures
import Testing

@testable import PanelRouting

@Suite("Panel registry matching")
struct PanelRegistryMatchingTests {
  static func registry(_ routes: [String]) throws -> PanelRegistry {
    var builder = PanelRegistryBuilder()
    for route in routes {
      try builder.add(route: route, title: "Title of \(route)")
    }
    return try builder.build()
  }

  @Test("finds panel and parameters")
  func findsPanel() throws {
    let registry = try Self.registry(["/customer/:id", "/customer/:id/general_info"])
    let match = try #require(registry.match("/customer/4711/general_info"))
    #expect(match.route == "/customer/:id/general_info")
    #expect(match.title == "Title of /customer/:id/general_info")
    #expect(match.parameters == ["id": "4711"])
    #expect(registry.match("/customer/4711/unknown") == nil)
  }

  @Test(
    "literal beats parameter beats catch-all",
    arguments: [
      ("/customer/new", "/customer/new"),
      ("/customer/42", "/customer/:id"),
      ("/customer/42/x", "/customer/**"),
      ("/customer/7/general_info", "/customer/:id/general_info"),
      ("/customer/new/general_info", "/customer/new/**"),
    ])
  func priority(_ path: String, _ route: String) throws {
    let registry = try Self.registry([
      "/customer/**", "/customer/:id", "/customer/new", "/customer/:id/general_info", "/customer/new/**",
    ])
    #expect(registry.match(path)?.route == route)
  }

  @Test("backtracks from a failing literal branch")
  func backtracking() throws {
    let registry = try Self.registry(["/a/b/c", "/a/:x/d", "/a/**"])
    #expect(registry.match("/a/b/d")?.route == "/a/:x/d")
    #expect(registry.match("/a/b/d")?.parameters == ["x": "b"])
    #expect(registry.match("/a/b/e")?.route == "/a/**")
    #expect(registry.match("/a/b/e")?.parameters == ["**": "b/e"])
  }

  @Test("handed trailing slash and empty segment cases")
  func handedCases() throws {
    let registry = try Self.registry(["/customer/:id", "/customer/:id/general_info"])
    #expect(registry.match("/customer/42/general_info/")?.route == "/customer/:id/general_info")
    #expect(registry.match("/customer/42/general_info//") == nil)
    #expect(registry.match("/customer//general_info") == nil)
  }

  @Test("case-insensitive option keeps value case")
  func caseInsensitive() throws {
    let registry = try Self.registry(["/customer/:id/general_info"])
    #expect(registry.match("/Customer/42/General_Info") == nil)
    let match = try #require(registry.match("/Customer/Ab/General_Info", options: .caseInsensitive))
    #expect(match.route == "/customer/:id/general_info")
    #expect(match.parameters == ["id": "Ab"])
  }

  @Test("exact case wins when folding")
  func exactCaseFirst() throws {
    let registry = try Self.registry(["/Info", "/info", "/INFO/x"])
    #expect(registry.match("/info", options: .caseInsensitive)?.route == "/info")
    #expect(registry.match("/Info", options: .caseInsensitive)?.route == "/Info")
    #expect(registry.match("/iNFO", options: .caseInsensitive) != nil)
    #expect(registry.match("/info/x", options: .caseInsensitive)?.route == "/INFO/x")
  }

  @Test("encoded values and literals")
  func encoding() throws {
    let registry = try Self.registry(["/customer/:id", "/a%20b/:x"])
    #expect(registry.match("/customer/a%2Fb")?.parameters == ["id": "a/b"])
    #expect(registry.match("/%63ustomer/1")?.route == "/customer/:id")
    #expect(registry.match("/a%20b/%C3%A9")?.parameters == ["x": "é"])
    #expect(registry.match("/customer/%E2%82") == nil)
    #expect(registry.match("/customer/%") == nil)
  }

  @Test("ordered parameters and JSON output")
  func jsonOutput() throws {
    let registry = try Self.registry(["/c/:zeta/:alpha/**"])
    let match = try #require(registry.match("/c/1/2/x/y"))
    #expect(match.orderedParameters.map(\.name) == ["zeta", "alpha", "**"])
    #expect(match.orderedParameters.map(\.value) == ["1", "2", "x/y"])
    let json = match.jsonValue
    #expect(json["route"] == .string("/c/:zeta/:alpha/**"))
    #expect(json["parameters"]?.objectValue?.keys == ["zeta", "alpha", "**"])
  }

  @Test("agrees with reference model on random registries")
  func referenceModel() throws {
    var generator = SeededGenerator(seed: 2024)
    let literals = ["a", "b", "c"]
    for _ in 0..<200 {
      var routes: [String] = []
      var shapes = Set<String>()
      for _ in 0..<Int.random(in: 1...12, using: &generator) {
        var segments: [String] = []
        let depth = Int.random(in: 1...4, using: &generator)
        for position in 0..<depth {
          let roll = Int.random(in: 0..<10, using: &generator)
          if roll < 6 {
            segments.append(literals.randomElement(using: &generator)!)
          } else if roll < 9 || position < depth - 1 {
            segments.append(":p\(position)")
          } else {
            segments.append("**")
          }
        }
        let route = "/" + segments.joined(separator: "/")
        let pattern = try RoutePattern(parsing: route)
        if shapes.insert(pattern.shapeKey).inserted {
          routes.append(route)
        }
      }
      let registry = try Self.registry(routes)
      let patterns = registry.panels.map(\.pattern)

      for _ in 0..<30 {
        let length = Int.random(in: 0...5, using: &generator)
        let path =
          "/"
          + (0..<length).map { _ in ["a", "b", "c", "x", ""].randomElement(using: &generator)! }
          .joined(separator: "/")
        let expected = Self.bestMatch(for: path, among: patterns)
        let found = registry.match(path)
        #expect(found?.route == expected?.description, "path \(path) in \(routes)")
        if let found, let expected {
          #expect(found.parameters == expected.match(path), "path \(path)")
        }

        // Literals are lower case only, so folding the path's case has one best answer.
        let shouted = path.uppercased()
        let expectedFolded = Self.bestMatch(for: shouted, among: patterns, options: .caseInsensitive)
        let foundFolded = registry.match(shouted, options: .caseInsensitive)
        #expect(foundFolded?.route == expectedFolded?.description, "path \(shouted) in \(routes)")
        #expect(foundFolded?.route == found?.route, "path \(shouted) in \(routes)")
      }
    }
  }

  /// Returns the best pattern by direct comparison: lowest segment rank, segment by segment.
  static func bestMatch(
    for path: String, among patterns: [RoutePattern], options: MatchOptions = .caseSensitive
  ) -> RoutePattern? {
    func rank(_ segment: RouteSegment) -> Int {
      switch segment {
      case .literal: 0
      case .parameter: 1
      case .catchAll: 2
      }
    }
    let candidates = patterns.filter { $0.match(path, options: options) != nil }
    return candidates.min { left, right in
      for (a, b) in zip(left.segments, right.segments) where rank(a) != rank(b) {
        return rank(a) < rank(b)
      }
      return left.segments.count < right.segments.count
    }
  }

  @Test("deep patterns and long paths")
  func depth() throws {
    let deepRoute = String(repeating: "/a", count: 63) + "/:last"
    let registry = try Self.registry([deepRoute, "/a/**"])
    let deepPath = String(repeating: "/a", count: 63) + "/x"
    #expect(registry.match(deepPath)?.route == deepRoute)
    #expect(registry.match(deepPath)?.parameters == ["last": "x"])

    let longPath = String(repeating: "/a", count: 10_000)
    #expect(registry.match(longPath)?.route == "/a/**")
    #expect(registry.match(longPath + "//") == nil)

    let bigSegment = "/a/" + String(repeating: "%41", count: 100_000)
    #expect(registry.match(bigSegment)?.parameters["**"]?.utf8.count == 300_000)
  }

  @Test("matches from concurrent tasks")
  func concurrentUse() async throws {
    let registry = PanelRegistry.default
    let routes = await withTaskGroup(of: String?.self) { group in
      for index in 0..<64 {
        group.addTask { registry.match("/account/\(index)/general_info/life_cycle")?.route }
      }
      var routes: [String?] = []
      for await route in group {
        routes.append(route)
      }
      return routes
    }
    #expect(routes.count == 64)
    #expect(routes.allSatisfy { $0 == "/account/:id/general_info/life_cycle" })
  }
}
