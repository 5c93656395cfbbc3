import Foundation
import PortaDiagnostics
import PortaJSON
import Testing

/// One malformed document and the first diagnostic the reader must report.
struct MalformedCase: CustomTestStringConvertible, Sendable {
  var name: String
  var text: String
  var code: DiagnosticCode
  var line: Int
  var column: Int

  var testDescription: String { name }
}

@Suite("JSONReader")
struct JSONReaderTests {
  static let malformed: [MalformedCase] = [
    MalformedCase(name: "trailing comma in array", text: "[1,2,]", code: .jsonTrailingComma, line: 1, column: 5),
    MalformedCase(name: "trailing comma in object", text: "{\"a\":1,\n}", code: .jsonTrailingComma, line: 1, column: 7),
    MalformedCase(name: "line comment", text: "{\n// note\n\"a\":1}", code: .jsonComment, line: 2, column: 1),
    MalformedCase(name: "block comment value", text: "[/* x */1]", code: .jsonComment, line: 1, column: 2),
    MalformedCase(name: "single-quoted string", text: "['a']", code: .jsonSingleQuote, line: 1, column: 2),
    MalformedCase(name: "single-quoted key", text: "{'a':1}", code: .jsonSingleQuote, line: 1, column: 2),
    MalformedCase(name: "unquoted key", text: "{a:1}", code: .jsonUnquotedKey, line: 1, column: 2),
    MalformedCase(name: "NaN", text: "[NaN]", code: .jsonInvalidLiteral, line: 1, column: 2),
    MalformedCase(name: "negative infinity", text: "[-Infinity]", code: .jsonInvalidLiteral, line: 1, column: 2),
    MalformedCase(name: "capitalised true", text: "True", code: .jsonInvalidLiteral, line: 1, column: 1),
    MalformedCase(name: "leading zero", text: "[012]", code: .jsonInvalidNumber, line: 1, column: 2),
    MalformedCase(name: "plus sign", text: "[+1]", code: .jsonUnexpectedCharacter, line: 1, column: 2),
    MalformedCase(name: "bare fraction", text: "[.5]", code: .jsonUnexpectedCharacter, line: 1, column: 2),
    MalformedCase(name: "missing fraction digits", text: "[1.]", code: .jsonInvalidNumber, line: 1, column: 2),
    MalformedCase(name: "hexadecimal", text: "[0x1F]", code: .jsonInvalidNumber, line: 1, column: 2),
    MalformedCase(name: "raw tab in string", text: "[\"a\tb\"]", code: .jsonControlCharacter, line: 1, column: 4),
    MalformedCase(name: "raw newline in string", text: "[\"a\nb\"]", code: .jsonControlCharacter, line: 1, column: 4),
    MalformedCase(name: "bad escape", text: #"["\x41"]"#, code: .jsonInvalidEscape, line: 1, column: 3),
    MalformedCase(name: "short unicode escape", text: #"["\u12"]"#, code: .jsonInvalidEscape, line: 1, column: 3),
    MalformedCase(name: "lone high surrogate", text: #"["\uD800"]"#, code: .jsonUnpairedSurrogate, line: 1, column: 3),
    MalformedCase(name: "lone low surrogate", text: #"["\uDC00x"]"#, code: .jsonUnpairedSurrogate, line: 1, column: 3),
    MalformedCase(name: "unterminated string", text: "[\"abc", code: .jsonUnterminatedString, line: 1, column: 2),
    MalformedCase(name: "cut short", text: "{\"a\":", code: .jsonUnexpectedEnd, line: 1, column: 6),
    MalformedCase(name: "empty", text: "  ", code: .jsonEmptyInput, line: 1, column: 3),
    MalformedCase(name: "two values", text: "{} {}", code: .jsonTrailingContent, line: 1, column: 4),
    MalformedCase(name: "missing colon", text: "{\"a\" 1}", code: .jsonUnexpectedCharacter, line: 1, column: 6),
    MalformedCase(name: "missing comma", text: "[1 2]", code: .jsonUnexpectedCharacter, line: 1, column: 4),
    MalformedCase(name: "form feed", text: "[1]\u{0C}", code: .jsonTrailingContent, line: 1, column: 4),
  ]

  @Test("rejects malformed input with a located error", arguments: malformed)
  func rejectsMalformedInput(_ entry: MalformedCase) throws {
    let result = JSONReader().read(Array(entry.text.utf8))
    #expect(result.root == nil)
    let first = try #require(result.diagnostics.first)
    #expect(first.code == entry.code)
    #expect(first.severity == .error)
    #expect(first.location?.line == entry.line)
    #expect(first.location?.column == entry.column)
  }

  @Test("reports a repeated key at its second occurrence")
  func reportsRepeatedKey() throws {
    let text = #"{"route":"/x","route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#
    let result = JSONReader().read(Array(text.utf8), file: "plugin.json")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == .jsonDuplicateKey)
    #expect(diagnostic.location == SourceLocation(line: 1, column: 15, offset: 14))
    #expect(
      diagnostic.message
        == "Duplicate key \"route\". It first appears at 1:2, and readers disagree on which value wins, so keep only one."
    )
    // The tree keeps both members, so nothing in the input is lost.
    #expect(result.root?.members?.map(\.key) == ["route", "route", "routerLink", "linkLabel"])
  }

  @Test("finds repeated keys in large objects")
  func findsRepeatedKeysInLargeObjects() {
    let members = (0..<40).map { "\"k\($0)\":\($0)" } + ["\"k7\":0"]
    let result = JSONReader().read(Array(("{" + members.joined(separator: ",") + "}").utf8))
    #expect(result.diagnostics.map(\.code) == [.jsonDuplicateKey])
  }

  @Test("reads wide objects with many repeated keys", .timeLimit(.minutes(1)))
  func readsWideObjects() throws {
    // 100,000 members, each key twice, on one line: inserting into a copied
    // key set and locating each repeat from the line start were quadratic.
    let members = (0..<50_000).flatMap { [#""k\#($0)":1"#, #""k\#($0)":2"#] }
    let text = "{" + members.joined(separator: ",") + "}"
    let result = JSONReader().read(Array(text.utf8))
    #expect(result.root?.members?.count == 100_000)
    #expect(result.diagnostics.count == 50_000)
    let last = try #require(result.diagnostics.last)
    let secondOffset = text.utf8.count - 1 - #""k49999":2"#.utf8.count
    let firstOffset = secondOffset - 1 - #""k49999":1"#.utf8.count
    #expect(last.location == SourceLocation(line: 1, column: secondOffset + 1, offset: secondOffset))
    #expect(last.message.contains("It first appears at 1:\(firstOffset + 1),"))
  }

  @Test("accepts a byte order mark with a warning")
  func acceptsByteOrderMark() throws {
    let result = JSONReader().read([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
    #expect(result.root?.value == .object([:]))
    #expect(result.diagnostics.map(\.code) == [.jsonByteOrderMark])
    #expect(result.diagnostics.first?.severity == .warning)
  }

  @Test("rejects invalid UTF-8 inside strings")
  func rejectsInvalidUTF8() {
    for bytes: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
      let result = JSONReader().read([0x22] + bytes + [0x22])
      #expect(result.root == nil, "bytes \(bytes)")
      #expect(result.diagnostics.first?.code == .jsonInvalidUTF8, "bytes \(bytes)")
    }
  }

  @Test("rejects nesting past the depth limit without recursion")
  func rejectsDeepNesting() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let result = JSONReader().read(Array(deep.utf8))
    #expect(result.root == nil)
    #expect(result.diagnostics.first?.code == .jsonTooDeep)
    #expect(result.diagnostics.first?.location?.column == 257)

    let limited = JSONReader(limits: .init(maximumDepth: 3))
    #expect(limited.read(Array("[[[1]]]".utf8)).root != nil)
    #expect(limited.read(Array("[[[[1]]]]".utf8)).root == nil)
  }

  @Test("rejects input over the size limit")
  func rejectsLargeInput() {
    let reader = JSONReader(limits: .init(maximumInputSize: 10))
    let result = reader.read(Array("[1,2,3,4,5,6]".utf8), file: "big.json")
    #expect(result.root == nil)
    #expect(result.diagnostics.map(\.code) == [.jsonTooLarge])
    #expect(result.diagnostics.first?.file == "big.json")
    #expect(reader.read(Array("[1,2,3,4]".utf8)).root != nil)
  }

  @Test("keeps member order and number text")
  func keepsOrderAndNumberText() throws {
    let text = #"{"z":12345678901234567890,"a":0.1,"m":-0,"e":1E+2,"s":"\u00e9\ud83d\ude00\/"}"#
    let root = try #require(JSONReader().read(Array(text.utf8)).root)
    let value = root.value
    #expect(value.objectValue?.keys == ["z", "a", "m", "e", "s"])
    #expect(value["z"]?.numberValue?.text == "12345678901234567890")
    #expect(value["a"]?.numberValue?.text == "0.1")
    #expect(value["e"]?.numberValue?.text == "1E+2")
    #expect(value["s"]?.stringValue == "é😀/")
    #expect(JSONWriter.string(value) == #"{"z":12345678901234567890,"a":0.1,"m":-0,"e":1E+2,"s":"é😀/"}"#)
  }

  @Test("locates nodes and keys")
  func locatesNodes() throws {
    let text = "{\n  \"panelSize\": 0\n}"
    let result = JSONReader().read(Array(text.utf8))
    let member = try #require(result.root?["panelSize"])
    #expect(result.location(ofOffset: member.keyRange.lowerBound) == SourceLocation(line: 2, column: 3, offset: 4))
    #expect(result.location(ofOffset: member.value.range.lowerBound) == SourceLocation(line: 2, column: 16, offset: 17))
  }
}

@Suite("JSONTestSuite conformance")
struct JSONConformanceTests {
  /// The public JSONTestSuite, present beside the repository in the team's workspace only.
  static let suiteDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/conformance/JSONTestSuite/test_parsing")

  @Test("accepts y_, rejects n_, survives i_")
  func conformance() throws {
    let directory = Self.suiteDirectory
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
      print("Skipping JSONTestSuite conformance: \(directory.path) is absent (it exists only in the team workspace).")
      return
    }
    var counts = (accepted: 0, rejected: 0, either: 0)
    for name in names.sorted() where name.hasSuffix(".json") {
      let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
      let result = JSONReader().read(bytes)
      // "Accepted" means the syntax is valid. The suite's y_object_duplicated_key
      // files are valid syntax; the reader builds their tree and reports the
      // repeated key as a separate, semantic error.
      let syntaxErrors = result.diagnostics.filter { $0.severity == .error && $0.code != .jsonDuplicateKey }
      switch name.first {
      case "y":
        #expect(result.root != nil && syntaxErrors.isEmpty, "\(name) must be accepted: \(result.diagnostics)")
        counts.accepted += 1
      case "n":
        #expect(result.root == nil && !syntaxErrors.isEmpty, "\(name) must be rejected")
        counts.rejected += 1
      default:
        counts.either += 1
      }
    }
    #expect(counts.accepted > 90)
    #expect(counts.rejected > 150)
  }
}

@Suite("JSONWriter")
struct JSONWriterTests {
  @Test(
    "escapes strings exactly",
    arguments: [
      ("plain", #""plain""#),
      ("a\"b\\c", #""a\"b\\c""#),
      ("</script>", #""</script>""#),
      ("\u{0}\u{1F}\u{8}\u{C}\n\r\t", #""\u0000\u001f\b\f\n\r\t""#),
      ("\u{2028}\u{2029}", #""\u2028\u2029""#),
      ("😀 é ע", "\"😀 é ע\""),
      ("€\u{2028}x—\u{2029}", #""€\u2028x—\u2029""#),
    ])
  func escapesStrings(input: String, expected: String) {
    #expect(JSONWriter.quoted(input) == expected)
  }

  @Test("escapes a line break after a carriage return and combining marks")
  func escapesAcrossGraphemes() {
    // "\r\n" is one grapheme cluster, and so is "e" with a combining accent
    // before a quote; escaping works on Unicode scalars, so neither is merged.
    #expect(JSONWriter.quoted("a\r\nb") == #""a\r\nb""#)
    #expect(JSONWriter.quoted("e\u{301}\"") == "\"e\u{301}\\\"\"")
  }

  @Test("writes many escapes in one long string", .timeLimit(.minutes(1)))
  func writesManyEscapes() {
    // One megabyte of alternating text and escapes, which writing used to copy per escape.
    let count = 100_000
    let input = String(repeating: "abcdefgh\n", count: count)
    let expected = "\"" + String(repeating: #"abcdefgh\n"#, count: count) + "\""
    #expect(JSONWriter.quoted(input) == expected)
  }

  @Test("round-trips through the reader")
  func roundTrips() throws {
    let value: JSONValue = ["b": [1, "two", nil, true, ["x": false]], "a": "\u{2028}\""]
    for pretty in [false, true] {
      let text = JSONWriter.string(value, prettyPrinted: pretty)
      let reread = try #require(JSONReader().read(Array(text.utf8)).root)
      #expect(reread.value == value)
    }
  }

  @Test("pretty-prints with two spaces")
  func prettyPrints() {
    let value: JSONValue = ["a": [1, 2], "b": [:]]
    #expect(JSONWriter.string(value, prettyPrinted: true) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}")
  }

  @Test("builds JSON pointers")
  func buildsPointers() {
    #expect(JSONPointer.appending("a/b~c", to: "/data") == "/data/a~1b~0c")
    #expect(JSONPointer.appending(3, to: "") == "/3")
  }
}

@Suite("JSONValue Codable")
struct JSONValueCodableTests {
  @Test("decodes through JSONDecoder with exact numbers")
  func decodesThroughJSONDecoder() throws {
    let text = #"{"big":12345678901234567890,"small":0.1,"list":[true,null,"s"]}"#
    let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    #expect(value["big"]?.numberValue?.text == "12345678901234567890")
    #expect(value["small"]?.numberValue?.text == "0.1")
    #expect(value["list"] == [true, nil, "s"])
  }

  @Test("encodes through JSONEncoder")
  func encodesThroughJSONEncoder() throws {
    let value: JSONValue = ["n": .number(JSONNumber(text: "0.1")!), "i": 7, "list": [false]]
    let data = try JSONEncoder().encode(value)
    let reread = try JSONDecoder().decode(JSONValue.self, from: data)
    #expect(reread["n"]?.numberValue?.text == "0.1")
    #expect(reread["i"] == 7)
    #expect(reread["list"] == [false])
  }

  @Test("validates number text")
  func validatesNumberText() {
    #expect(JSONNumber(text: "-0.5e10") != nil)
    #expect(JSONNumber(text: "01") == nil)
    #expect(JSONNumber(text: "1.") == nil)
    #expect(JSONNumber(text: "") == nil)
    #expect(JSONNumber(text: "12345678901234567890")?.int64Value == nil)
    #expect(JSONNumber(text: "42")?.int64Value == 42)
  }
}
