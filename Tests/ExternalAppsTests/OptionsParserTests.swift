import Foundation
import PortaDiagnostics
import Testing

@testable import ExternalApps

@Suite("OptionsDocument.parse")
struct OptionsParserTests {
  @Test("byte order mark stays out of section")
  func byteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[ExternalApps]Extras=contracts\n".utf8)
    let result = OptionsDocument.parse(bytes)

    #expect(result.diagnostics.isEmpty)
    let options = result.document.options()
    #expect(options.count == 1)
    #expect(options.first?.section == "ExternalApps")
    #expect(options.first?.key == "Extras")
    #expect(options.first?.value == "contracts")
    #expect(result.document.hasByteOrderMark)
    #expect(result.document.encoded() == bytes)
  }

  @Test("CRLF endings leave no CR in values")
  func windowsLineEndings() {
    let bytes = Array("[contracts]ServerUrl=https://mybilling.com\r\n[contracts]Login=u\r\n".utf8)
    let result = OptionsDocument.parse(bytes)

    #expect(result.diagnostics.isEmpty)
    #expect(result.document.options().map(\.value) == ["https://mybilling.com", "u"])
    #expect(result.document.lines.map(\.ending) == [.crlf, .crlf])
    #expect(result.document.lineEnding == .crlf)
    #expect(result.document.encoded() == bytes)
  }

  @Test("lone CR inside a line is an error")
  func loneCarriageReturn() {
    let result = OptionsDocument.parse("[contracts]Login=u\n[contracts]Password=a\rb\n")

    #expect(result.diagnostics.count == 1)
    let diagnostic = result.diagnostics.first
    #expect(diagnostic?.code == .optionsStrayCarriageReturn)
    #expect(diagnostic?.location?.line == 2)
    #expect(diagnostic?.location?.column == 22)
    #expect(
      diagnostic?.message
        == "Carriage return (\\r) is not followed by a line feed. Remove it, or end the line with LF or CRLF.")
    #expect(result.document.lines[1].kind == .invalid)
  }

  @Test(
    "value splits at first equals sign after key",
    arguments: [
      ("[contracts]Password=cDpx==", "Password", "cDpx=="),
      ("[contracts]ServerUrl=https://mybilling.com/api?a=b&c=d", "ServerUrl", "https://mybilling.com/api?a=b&c=d"),
      ("[contracts]Login==", "Login", "="),
      ("[contracts]Note=[a]b=c # ; x", "Note", "[a]b=c # ; x"),
    ])
  func equalsSignInValue(line: String, key: String, value: String) {
    let result = OptionsDocument.parse(line)

    #expect(result.diagnostics.isEmpty)
    #expect(result.document.options().first?.key == key)
    #expect(result.document.options().first?.value == value)
  }

  @Test("indented line is its own option")
  func indentedLine() {
    let result = OptionsDocument.parse("[contracts]Login=u\n  [contracts]Password=p\n")

    #expect(result.diagnostics.isEmpty)
    let options = result.document.options()
    #expect(options.map(\.key) == ["Login", "Password"])
    #expect(options.map(\.value) == ["u", "p"])
    #expect(options.map(\.line) == [1, 2])
  }

  @Test("blanks around a value are kept and warned")
  func valueWithBlanks() {
    let result = OptionsDocument.parse("[contracts]Password=  p ")

    #expect(result.document.options().first?.value == "  p ")
    #expect(result.diagnostics.count == 1)
    let diagnostic = result.diagnostics.first
    #expect(diagnostic?.severity == .warning)
    #expect(diagnostic?.code == .optionsValueWhitespace)
    #expect(diagnostic?.location == SourceLocation(line: 1, column: 21, offset: 20))
    #expect(
      diagnostic?.message
        == "Value of `[contracts]Password` starts and ends with blanks, which PortaBilling keeps as part of the value. "
        + "Remove the blanks unless they are intended.")
  }

  @Test("blanks around Extras entries are not warned")
  func extrasBlanks() {
    let result = OptionsDocument.parse("[ExternalApps]Extras= contracts , crm \n")

    #expect(result.diagnostics.isEmpty)
  }

  @Test("application name placeholder is an error")
  func applicationNamePlaceholder() {
    let result = OptionsDocument.parse("[ExternalApps]Extras=<application_name>\n")

    #expect(result.diagnostics.count == 1)
    let diagnostic = result.diagnostics.first
    #expect(diagnostic?.code == .optionsDocumentationPlaceholder)
    #expect(diagnostic?.severity == .error)
    #expect(diagnostic?.location?.line == 1)
    #expect(diagnostic?.location?.column == 22)
    #expect(
      diagnostic?.message
        == "`<application_name>` is a placeholder from the documentation. "
        + "Replace it with the application's name, as in `[ExternalApps]Extras=contracts` "
        + "and `[contracts]ServerUrl=https://mybilling.com`.")
  }

  @Test("empty section says what to write")
  func emptySection() {
    let result = OptionsDocument.parse("[]Login=")

    #expect(result.diagnostics.count == 1)
    let diagnostic = result.diagnostics.first
    #expect(diagnostic?.code == .optionsEmptySection)
    #expect(diagnostic?.location?.line == 1)
    #expect(diagnostic?.location?.column == 2)
    #expect(
      diagnostic?.message
        == "Section name is empty in `[]Login=`. "
        + "Write the application name between the brackets, as in `[contracts]Login=`.")
    #expect(result.document.lines.first?.kind == .invalid)
    #expect(result.document.encoded() == Array("[]Login=".utf8))
  }

  @Test("classifies line kinds")
  func lineKinds() {
    let result = OptionsDocument.parse("# a\n  ; b\n\n \t\n[s]K=v\nbad\n")

    #expect(result.document.lines.map(\.kind) == [.comment, .comment, .blank, .blank, .option, .invalid])
    #expect(result.document.lines.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(result.document.lineCount == 6)
  }

  @Test("final line without ending")
  func finalLineWithoutEnding() {
    let withEnding = OptionsDocument.parse("[s]K=v\n").document
    let withoutEnding = OptionsDocument.parse("[s]K=v").document

    #expect(withEnding.lineCount == 1)
    #expect(withEnding.endsWithLineEnding)
    #expect(withoutEnding.lineCount == 1)
    #expect(!withoutEnding.endsWithLineEnding)
    #expect(withoutEnding.lines.first?.ending == nil)
  }

  @Test("password value is masked in line description")
  func lineDescriptionMasksPassword() {
    let line = OptionsDocument.parse("[contracts]Password=s3cret").document.lines[0]

    #expect(line.value == "s3cret")
    #expect(line.description == "line 1: [contracts]Password=********")
    #expect(!String(describing: line).contains("s3cret"))
    var dumped = ""
    dump(line, to: &dumped)
    #expect(!dumped.contains("s3cret"))
  }

  @Test("keeps key and section case")
  func keyCase() {
    let bytes = Array("[ExternalApps]Extras=contracts".utf8)
    let document = OptionsDocument.parse(bytes).document

    #expect(document.encoded() == bytes)
    #expect(document.option(section: "ExternalApps", key: "extras") == nil)
    #expect(document.option(section: "externalapps", key: "Extras") == nil)
    #expect(document.option(section: "ExternalApps", key: "extras", isCaseInsensitive: true)?.value == "contracts")
  }

  @Test("data and string inputs agree")
  func dataInput() {
    let text = "[ExternalApps]Extras=contracts\r\n"

    #expect(OptionsDocument.parse(Data(text.utf8)).document == OptionsDocument.parse(text).document)
  }
}

@Suite("OptionsDocument text")
struct OptionsDocumentTextTests {
  @Test("encoded text of valid document")
  func validText() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[a]b=é\r\n".utf8)

    #expect(OptionsDocument.parse(bytes).document.encodedText() == "\u{FEFF}[a]b=é\r\n")
  }

  @Test("encoded text of invalid UTF-8 is nil")
  func invalidText() {
    #expect(OptionsDocument.parse(Array("[a]b=".utf8) + [0xFF]).document.encodedText() == nil)
  }

  @Test("option line count")
  func optionLineCount() {
    #expect(OptionsDocument.parse("[a]b=c\n# x\n[a]d=e\nbad\n").document.optionLineCount == 2)
  }
}
