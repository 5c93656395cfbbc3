import PortaDiagnostics
import Testing

@testable import PanelRouting

/// A pattern that parsing rejects, with the error it must report.
struct PatternErrorCase: CustomTestStringConvertible, Sendable {
  let id: String
  let text: String
  let error: RoutePatternError
  var testDescription: String { id }
}

@Suite("Route pattern parsing")
struct RoutePatternParsingTests {
  static let errorCases: [PatternErrorCase] = [
    .init(id: "empty", text: "", error: .emptyPattern),
    .init(id: "only slash", text: "/", error: .emptyPattern),
    .init(id: "double slash", text: "/customer//general_info", error: .emptySegment(column: 11)),
    .init(id: "double slash at end", text: "/customer//", error: .emptySegment(column: 11)),
    .init(id: "leading double slash", text: "//customer", error: .emptySegment(column: 2)),
    .init(id: "colon alone", text: "/customer/:/general_info", error: .missingParameterName(column: 11)),
    .init(
      id: "name with dash", text: "/customer/:customer-id", error: .invalidParameterName("customer-id", column: 11)),
    .init(id: "name with digit first", text: "/customer/:1id", error: .invalidParameterName("1id", column: 11)),
    .init(id: "name with dot", text: "/customer/:id.json", error: .invalidParameterName("id.json", column: 11)),
    .init(
      id: "same parameter twice", text: "/customer/:id/account/:id",
      error: .duplicateParameterName("id", column: 23, firstColumn: 11)),
    .init(id: "catch-all first", text: "/**/customer", error: .catchAllNotLast(column: 2)),
    .init(id: "catch-all middle", text: "/customer/**/info", error: .catchAllNotLast(column: 11)),
    .init(id: "single star", text: "/customer/*", error: .invalidWildcard(segment: "*", column: 11)),
    .init(id: "star inside literal", text: "/cust*mer", error: .invalidWildcard(segment: "cust*mer", column: 2)),
    .init(id: "space", text: "/customer/general info", error: .invalidCharacter(" ", column: 18)),
    .init(id: "question mark", text: "/customer?id=1", error: .invalidCharacter("?", column: 10)),
    .init(id: "hash", text: "/customer#top", error: .invalidCharacter("#", column: 10)),
    .init(id: "non-ASCII letter", text: "/café", error: .invalidCharacter("é", column: 5)),
    .init(id: "backslash", text: "/a\\b", error: .invalidCharacter("\\", column: 3)),
    .init(id: "percent at end", text: "/customer/%", error: .invalidPercentEncoding("%", column: 11)),
    .init(id: "percent one digit", text: "/customer/%4", error: .invalidPercentEncoding("%4", column: 11)),
    .init(id: "percent not hex", text: "/customer/%G1", error: .invalidPercentEncoding("%G1", column: 11)),
    .init(id: "escape not UTF-8", text: "/customer/%FF", error: .invalidPercentEncoding("%FF", column: 11)),
    .init(id: "overlong UTF-8", text: "/a/%C0%AF", error: .invalidPercentEncoding("%C0%AF", column: 4)),
  ]

  @Test("rejects invalid patterns with column", arguments: errorCases)
  func rejectsInvalidPattern(_ testCase: PatternErrorCase) {
    let result = RoutePattern.parse(testCase.text)
    #expect(result.pattern == nil)
    #expect(result.errors.first == testCase.error)
    #expect(throws: testCase.error) { try RoutePattern(parsing: testCase.text) }
  }

  @Test("repeated parameter names id and column")
  func repeatedParameterMessage() {
    let result = RoutePattern.parse("/customer/:id/account/:id")
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.code == .routeDuplicateParameter)
    #expect(result.errors.first?.column == 23)
    #expect(
      result.errors.first?.message
        == "Parameter name \"id\" at column 23 repeats the parameter at column 11; "
        + "give each parameter its own name.")
  }

  @Test("reports every faulty segment")
  func reportsEveryError() {
    let result = RoutePattern.parse("/a b/:/x//**/y")
    #expect(
      result.errors == [
        .invalidCharacter(" ", column: 3),
        .missingParameterName(column: 6),
        .emptySegment(column: 10),
        .catchAllNotLast(column: 11),
      ])
  }

  @Test("invalid character message names the escape")
  func invalidCharacterMessage() {
    let error = RoutePattern.parse("/general info").errors.first
    #expect(
      error?.message
        == "Character \" \" (space) at column 9 is not allowed in a URL path; percent-encode it as \"%20\".")
    let accented = RoutePattern.parse("/café").errors.first
    #expect(
      accented?.message
        == "Character \"é\" at column 5 is not allowed in a URL path; percent-encode it as \"%C3%A9\".")
  }

  @Test("error converts to located diagnostic")
  func errorDiagnostic() {
    let error = RoutePatternError.emptySegment(column: 11)
    let diagnostic = error.diagnostic(at: SourceLocation(line: 3, column: 20), file: "panels.json")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.code == "route.empty-segment")
    #expect(
      diagnostic.formatted
        == "panels.json:3:20: error: Route pattern has an empty segment at column 11; "
        + "remove the extra \"/\". [route.empty-segment]")
  }

  @Test("normalizes missing leading slash with warning")
  func missingLeadingSlash() throws {
    let result = RoutePattern.parse("customer/:id")
    #expect(result.errors.isEmpty)
    #expect(result.pattern?.description == "/customer/:id")
    #expect(result.warnings == [.missingLeadingSlash(normalized: "/customer/:id")])
    #expect(result.warnings.first?.code == .routeMissingLeadingSlash)
    #expect(result.warnings.first?.diagnostic().fixIt == "/customer/:id")
  }

  @Test("normalizes one trailing slash with warning")
  func trailingSlash() {
    let result = RoutePattern.parse("/customer/:id/")
    #expect(result.pattern?.description == "/customer/:id")
    #expect(result.warnings == [.trailingSlash(column: 14, normalized: "/customer/:id")])
    #expect(
      result.warnings.first?.message
        == "Route pattern ends with \"/\" at column 14; it is read as \"/customer/:id\", so write that.")
  }

  @Test("canonical pattern has no warnings")
  func canonicalPattern() throws {
    let result = RoutePattern.parse("/customer/:id/general_info/**")
    #expect(result.warnings.isEmpty)
    let pattern = try #require(result.pattern)
    #expect(pattern.segments == [.literal("customer"), .parameter("id"), .literal("general_info"), .catchAll])
    #expect(pattern.description == "/customer/:id/general_info/**")
    #expect(pattern.parameterNames == ["id"])
    #expect(pattern.hasCatchAll)
    #expect(pattern.entity == "customer")
  }

  @Test("decodes percent-encoded literals")
  func decodedLiteral() throws {
    let pattern = try RoutePattern(parsing: "/gen%65ral_info/a%20b/%C3%A9")
    #expect(pattern.segments == [.literal("general_info"), .literal("a b"), .literal("é")])
    #expect(pattern.description == "/general_info/a%20b/%C3%A9")
  }

  @Test("accepts all URL path characters")
  func pathCharacters() throws {
    let pattern = try RoutePattern(parsing: "/a-b.c_d~e!f$g&h'i(j)k+l,m;n=o:p@q")
    #expect(pattern.segments == [.literal("a-b.c_d~e!f$g&h'i(j)k+l,m;n=o:p@q")])
  }

  @Test("rejects patterns past the limits")
  func limits() {
    let long = "/" + String(repeating: "a", count: RoutePattern.maximumLength)
    #expect(RoutePattern.parse(long).errors == [.patternTooLong(length: RoutePattern.maximumLength + 1)])
    let deep = String(repeating: "/a", count: RoutePattern.maximumSegmentCount + 1)
    #expect(RoutePattern.parse(deep).errors == [.tooManySegments(count: 65)])
    let deepest = String(repeating: "/a", count: RoutePattern.maximumSegmentCount)
    #expect(RoutePattern.parse(deepest).pattern?.segments.count == 64)
  }

  @Test("compares shapes ignoring parameter names")
  func shapes() throws {
    let first = try RoutePattern(parsing: "/customer/:id/general_info")
    let second = try RoutePattern(parsing: "/customer/:cid/general_info")
    let parent = try RoutePattern(parsing: "/customer/:x")
    #expect(first.hasSameShape(as: second))
    #expect(first != second)
    #expect(parent.isProperPrefix(of: first))
    #expect(!first.isProperPrefix(of: second))
    #expect(!first.hasSameShape(as: try RoutePattern(parsing: "/customer/id/general_info")))
  }

  @Test("shifts columns for embedded patterns")
  func shiftingColumns() {
    #expect(
      RoutePatternError.duplicateParameterName("id", column: 23, firstColumn: 11).shiftingColumns(by: -1)
        == .duplicateParameterName("id", column: 22, firstColumn: 10))
    #expect(RoutePatternError.emptyPattern.shiftingColumns(by: 5) == .emptyPattern)
  }
}
