import Foundation
import PortaDiagnostics
import Testing

@Suite("Diagnostic")
struct DiagnosticTests {
  @Test("formats like a compiler")
  func formatsLikeCompiler() {
    let diagnostic = Diagnostic(
      .error,
      code: "manifest.invalid-panel-size",
      message: "panelSize 0 is invalid: expected a positive whole number such as 1",
      file: "plugin.json",
      location: SourceLocation(line: 5, column: 16)
    )
    #expect(
      diagnostic.formatted
        == "plugin.json:5:16: error: panelSize 0 is invalid: expected a positive whole number such as 1 [manifest.invalid-panel-size]"
    )
  }

  @Test("formats without file or location")
  func formatsWithoutFileOrLocation() {
    let diagnostic = Diagnostic(.warning, code: "options.unknown-key", message: "unknown key")
    #expect(diagnostic.formatted == "<input>: warning: unknown key [options.unknown-key]")
  }

  @Test("counts errors and warnings")
  func countsErrorsAndWarnings() {
    let diagnostics = [
      Diagnostic(.error, code: "a.b", message: "one"),
      Diagnostic(.warning, code: "a.c", message: "two"),
      Diagnostic(.error, code: "a.d", message: "three"),
    ]
    #expect(diagnostics.errorCount == 2)
    #expect(diagnostics.warningCount == 1)
    #expect(diagnostics.containsErrors)
    #expect(![diagnostics[1]].containsErrors)
  }

  @Test("sorts by location, stable")
  func sortsByLocation() {
    let late = Diagnostic(
      .error, code: "a.late", message: "late", location: SourceLocation(line: 3, column: 1, offset: 40))
    let early = Diagnostic(
      .error, code: "a.early", message: "early", location: SourceLocation(line: 1, column: 2, offset: 1))
    let whole = Diagnostic(.error, code: "a.whole", message: "whole")
    #expect([late, early, whole].sortedByLocation().map(\.code) == ["a.whole", "a.early", "a.late"])
  }
}

@Suite("SourceLocator")
struct SourceLocatorTests {
  @Test("finds line and column")
  func findsLineAndColumn() {
    let locator = SourceLocator(Array("ab\ncd\r\nef".utf8))
    #expect(locator.location(ofOffset: 0) == SourceLocation(line: 1, column: 1, offset: 0))
    #expect(locator.location(ofOffset: 4) == SourceLocation(line: 2, column: 2, offset: 4))
    #expect(locator.location(ofOffset: 7) == SourceLocation(line: 3, column: 1, offset: 7))
  }

  @Test("counts scalars, not bytes")
  func countsScalars() {
    let text = "é😀x"
    let offset = Array("é😀".utf8).count
    #expect(SourceLocator(Array(text.utf8)).location(ofOffset: offset).column == 3)
  }

  @Test("clamps past the end")
  func clampsPastEnd() {
    let locator = SourceLocator(Array("ab\n".utf8))
    #expect(locator.location(ofOffset: 99) == SourceLocation(line: 2, column: 1, offset: 3))
  }
}

@Suite("Suggestions")
struct SuggestionsTests {
  @Test(
    "suggests the known key",
    arguments: [
      ("routerlink", "routerLink"),
      ("link_label", "linkLabel"),
      ("panel_size", "panelSize"),
      ("Route", "route"),
      ("linkLable", "linkLabel"),
    ])
  func suggestsKnownKey(typed: String, expected: String) {
    let keys = ["route", "routerLink", "linkLabel", "panelSize", "data"]
    #expect(Suggestions.closest(to: typed, in: keys).first == expected)
  }

  @Test("suggests nothing for unrelated words")
  func suggestsNothingForUnrelated() {
    #expect(Suggestions.closest(to: "colour", in: ["route", "routerLink", "linkLabel"]).isEmpty)
  }

  @Test("measures transpositions as one edit")
  func measuresTranspositions() {
    #expect(Suggestions.editDistance("lable", "label") == 1)
    #expect(Suggestions.editDistance("", "abc") == 3)
    #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    #expect(Suggestions.editDistance("kitten", "sitting", limit: 1) == 2)
  }
}

@Suite("Diagnostic Codable")
struct DiagnosticCodableTests {
  @Test("encodes the flat form the CLI prints")
  func encodesFlatForm() throws {
    let diagnostic = Diagnostic(
      .error, code: "manifest.invalid-panel-size", message: "m", file: "plugin.json",
      location: PortaDiagnostics.SourceLocation(line: 5, column: 16, offset: 80), jsonPointer: "/panelSize")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: try encoder.encode(diagnostic), as: UTF8.self)
    #expect(
      text
        == #"{"code":"manifest.invalid-panel-size","column":16,"file":"plugin.json","line":5,"message":"m","offset":80,"pointer":"/panelSize","severity":"error"}"#
    )
    #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(text.utf8)) == diagnostic)
  }

  @Test(
    "rejects invalid locations and codes",
    arguments: [
      #"{"code":"a.b","severity":"error","message":"m","line":-5,"column":1}"#,
      #"{"code":"a.b","severity":"error","message":"m","line":3}"#,
      #"{"code":"","severity":"error","message":"m"}"#,
    ])
  func rejectsInvalid(text: String) {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Diagnostic.self, from: Data(text.utf8))
    }
  }
}
