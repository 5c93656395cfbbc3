import Testing

@testable import ExternalApps

@Suite("OptionsDocument editing")
struct EditingTests {
  @Test("setting an option changes only its value")
  func setExisting() throws {
    var document = OptionsDocument.parse("# header\r\n  [contracts]Login=old\r\n; keep\r\n[contracts]Password=p\r\n")
      .document

    try document.setOption(section: "contracts", key: "Login", value: "new=value")

    #expect(
      document.encoded()
        == Array("# header\r\n  [contracts]Login=new=value\r\n; keep\r\n[contracts]Password=p\r\n".utf8))
    #expect(document.option(section: "contracts", key: "Password")?.line == 4)
    expectSameAsReparsed(document)
  }

  @Test("setting a repeated option changes the last line")
  func setRepeated() throws {
    var document = OptionsDocument.parse("[c]Login=a\n[c]Other=x\n[c]Login=b\n").document

    try document.setOption(section: "c", key: "Login", value: "z")

    #expect(document.encoded() == Array("[c]Login=a\n[c]Other=x\n[c]Login=z\n".utf8))
    #expect(document.option(section: "c", key: "Login")?.value == "z")
  }

  @Test("new option is appended with document line ending")
  func appendCRLF() throws {
    var document = OptionsDocument.parse("[contracts]Login=u\r\n").document

    try document.setOption(section: "contracts", key: "Password", value: "p")

    #expect(document.encoded() == Array("[contracts]Login=u\r\n[contracts]Password=p\r\n".utf8))
    expectSameAsReparsed(document)
  }

  @Test("append keeps missing final line ending")
  func appendWithoutFinalEnding() throws {
    var document = OptionsDocument.parse("# only a comment").document

    try document.setOption(section: "contracts", key: "Login", value: "u")

    #expect(document.encoded() == Array("# only a comment\n[contracts]Login=u".utf8))
    #expect(!document.endsWithLineEnding)
    expectSameAsReparsed(document)
  }

  @Test("empty document gets first line")
  func appendToEmpty() throws {
    var document = OptionsDocument()

    try document.setOption(section: "ExternalApps", key: "Extras", value: "contracts")

    #expect(document.encoded() == Array("[ExternalApps]Extras=contracts\n".utf8))
    expectSameAsReparsed(document)
  }

  @Test("edit keeps byte order mark and invalid lines")
  func keepsEverythingElse() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[a]K=1\n".utf8) + [0xFF] + Array("\n[a]L=2".utf8)
    var document = OptionsDocument.parse(bytes).document

    try document.setOption(section: "a", key: "K", value: "one")

    #expect(document.encoded() == [0xEF, 0xBB, 0xBF] + Array("[a]K=one\n".utf8) + [0xFF] + Array("\n[a]L=2".utf8))
    #expect(document.lines.map(\.kind) == [.option, .invalid, .option])
    expectSameAsReparsed(document)
  }

  @Test("removing an option removes every line for it")
  func remove() {
    var document = OptionsDocument.parse("[c]Login=a\n# note\n[c]Login=b\n[c]Password=p\n").document

    let removed = document.removeOption(section: "c", key: "Login")

    #expect(removed == 2)
    #expect(document.encoded() == Array("# note\n[c]Password=p\n".utf8))
    #expect(document.removeOption(section: "c", key: "Login") == 0)
    expectSameAsReparsed(document)
  }

  @Test("lookup after edit is exact")
  func caseSensitiveEdit() throws {
    var document = OptionsDocument.parse("[c]login=a\n").document

    try document.setOption(section: "c", key: "Login", value: "b")

    #expect(document.encoded() == Array("[c]login=a\n[c]Login=b\n".utf8))
  }

  @Test(
    "rejects structure-changing edits",
    arguments: [
      (
        "contracts", "Password", "p\n[ExternalApps]Extras=evil",
        OptionsWriteError.forbiddenCharacterInValue(field: "[contracts]Password", character: "\n")
      ),
      ("contracts", "Password", "p\rq", .forbiddenCharacterInValue(field: "[contracts]Password", character: "\r")),
      ("contracts", "Password", "p\0", .forbiddenCharacterInValue(field: "[contracts]Password", character: "\0")),
      ("contracts", "Pass=word", "x", .invalidKey(section: "contracts", key: "Pass=word")),
      ("contracts", "", "x", .invalidKey(section: "contracts", key: "")),
      (
        "con]tracts", "Login", "x",
        .invalidSectionName(section: "con]tracts", reason: "contains `]`, which ends the section name")
      ),
      ("", "Login", "x", .invalidSectionName(section: "", reason: "is empty")),
      ("a\tb", "Login", "x", .invalidSectionName(section: "a\tb", reason: "contains a control character")),
    ])
  func rejectsInjection(section: String, key: String, value: String, error: OptionsWriteError) {
    let original = OptionsDocument.parse("[contracts]Password=old\n").document
    var document = original

    #expect(throws: error) {
      try document.setOption(section: section, key: key, value: value)
    }
    #expect(document == original)
  }

  @Test("rejects lines over limit")
  func rejectsLongLine() {
    var document = OptionsDocument(limits: OptionsLimits(maximumLineLength: 10))

    #expect(throws: OptionsWriteError.lineTooLong(field: "[a]b", length: 11, maximum: 10)) {
      try document.setOption(section: "a", key: "b", value: "123456")
    }
    #expect(document.encoded().isEmpty)
  }

  @Test("rejects editing unsplit document")
  func rejectsTooLarge() {
    var document = OptionsDocument.parse("[a]b=c\n", limits: OptionsLimits(maximumDocumentSize: 3)).document

    #expect(throws: OptionsWriteError.documentTooLarge(size: 7, maximum: 3)) {
      try document.setOption(section: "a", key: "b", value: "d")
    }
  }

  /// Checks that an edited document's line records match those of parsing its bytes again.
  func expectSameAsReparsed(_ document: OptionsDocument, sourceLocation: SourceLocation = #_sourceLocation) {
    let reparsed = OptionsDocument.parse(document.encoded()).document
    #expect(document.records == reparsed.records, sourceLocation: sourceLocation)
    #expect(Array(document.lines) == Array(reparsed.lines), sourceLocation: sourceLocation)
  }
}
