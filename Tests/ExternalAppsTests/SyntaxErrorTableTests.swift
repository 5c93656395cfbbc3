import PortaDiagnostics
import Testing

@testable import ExternalApps

/// One input with a syntax problem and the single diagnostic it must produce.
struct SyntaxCase: CustomTestStringConvertible, Sendable {
  var name: String
  var bytes: [UInt8]
  var code: DiagnosticCode
  var line: Int
  var column: Int
  var severity: Severity = .error
  var limits: OptionsLimits = .default

  var testDescription: String { name }

  init(
    _ name: String, _ text: String, _ code: DiagnosticCode, line: Int, column: Int,
    severity: Severity = .error, limits: OptionsLimits = .default
  ) {
    self.init(name, Array(text.utf8), code, line: line, column: column, severity: severity, limits: limits)
  }

  init(
    _ name: String, _ bytes: [UInt8], _ code: DiagnosticCode, line: Int, column: Int,
    severity: Severity = .error, limits: OptionsLimits = .default
  ) {
    self.name = name
    self.bytes = bytes
    self.code = code
    self.line = line
    self.column = column
    self.severity = severity
    self.limits = limits
  }
}

@Suite("OptionsDocument.parse errors")
struct SyntaxErrorTableTests {
  static let cases: [SyntaxCase] = [
    SyntaxCase("option without section", "Login=u", .optionsMissingOpenBracket, line: 1, column: 1),
    SyntaxCase("text without bracket", "  contracts]Login=u", .optionsMissingOpenBracket, line: 1, column: 3),
    SyntaxCase("unclosed section", "[contracts Login=u", .optionsMissingCloseBracket, line: 1, column: 1),
    SyntaxCase(
      "close bracket only in value", "[contracts Password=a]b", .optionsMissingCloseBracket, line: 1, column: 1),
    SyntaxCase("empty section", "[]Login=", .optionsEmptySection, line: 1, column: 2),
    SyntaxCase("empty section on line 2", "# note\n[]Login=", .optionsEmptySection, line: 2, column: 2),
    SyntaxCase("tab in section", "[con\ttracts]Login=u", .optionsInvalidSection, line: 1, column: 5),
    SyntaxCase("key without equals sign", "[contracts]Login", .optionsMissingEquals, line: 1, column: 17),
    SyntaxCase("section header alone", "[contracts]", .optionsMissingEquals, line: 1, column: 12),
    SyntaxCase("empty key", "[contracts]=u", .optionsEmptyKey, line: 1, column: 12),
    SyntaxCase("space in key", "[contracts]Log in=u", .optionsInvalidKey, line: 1, column: 15),
    SyntaxCase("blank before key", "[contracts] Login=u", .optionsInvalidKey, line: 1, column: 12),
    SyntaxCase("column counts scalars", "[café]Log in=u", .optionsInvalidKey, line: 1, column: 10),
    SyntaxCase("NUL byte", "[contracts]Login=a\u{0}b", .optionsNULByte, line: 1, column: 19),
    SyntaxCase("lone CR", "[contracts]Login=a\rb\n", .optionsStrayCarriageReturn, line: 1, column: 19),
    SyntaxCase("CR at end of input", "[contracts]Login=a\r", .optionsStrayCarriageReturn, line: 1, column: 19),
    SyntaxCase("invalid byte", Array("[contracts]Login=".utf8) + [0xFF], .optionsInvalidUTF8, line: 1, column: 18),
    SyntaxCase("overlong form", Array("[a]b=".utf8) + [0xC0, 0xAF], .optionsInvalidUTF8, line: 1, column: 6),
    SyntaxCase("surrogate", Array("[a]b=".utf8) + [0xED, 0xA0, 0x80], .optionsInvalidUTF8, line: 1, column: 6),
    SyntaxCase(
      "above U+10FFFF", Array("[a]b=".utf8) + [0xF4, 0x90, 0x80, 0x80], .optionsInvalidUTF8, line: 1, column: 6),
    SyntaxCase("truncated sequence", Array("[a]b=x".utf8) + [0xE2, 0x82], .optionsInvalidUTF8, line: 1, column: 7),
    SyntaxCase(
      "line over limit", "[a]b=123456789", .optionsLineTooLong, line: 1, column: 11,
      limits: OptionsLimits(maximumLineLength: 10)),
    SyntaxCase(
      "application name placeholder", "[ExternalApps]Extras=<application_name>", .optionsDocumentationPlaceholder,
      line: 1, column: 22),
    SyntaxCase(
      "server URL placeholder", "[contracts]ServerUrl=<server_URL>", .optionsDocumentationPlaceholder,
      line: 1, column: 22),
    SyntaxCase(
      "placeholder as section", "[<application_name>]ServerUrl=https://a.example",
      .optionsDocumentationPlaceholder, line: 1, column: 2),
    SyntaxCase(
      "placeholder in other case", "[c]ServerUrl=<SERVER_url>", .optionsDocumentationPlaceholder, line: 1, column: 14),
    SyntaxCase(
      "column after byte order mark", [0xEF, 0xBB, 0xBF] + Array("[]Login=".utf8), .optionsEmptySection,
      line: 1, column: 2),
    SyntaxCase(
      "leading blank in value", "[contracts]Login= u", .optionsValueWhitespace, line: 1, column: 18,
      severity: .warning),
    SyntaxCase(
      "trailing blanks in value", "[contracts]Login=u \t", .optionsValueWhitespace, line: 1, column: 19,
      severity: .warning),
  ]

  @Test("reports code, line and column", arguments: cases)
  func reportsLocation(_ syntaxCase: SyntaxCase) {
    let result = OptionsDocument.parse(syntaxCase.bytes, limits: syntaxCase.limits)

    #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.formatted))")
    let diagnostic = result.diagnostics.first
    #expect(diagnostic?.code == syntaxCase.code)
    #expect(diagnostic?.severity == syntaxCase.severity)
    #expect(diagnostic?.location?.line == syntaxCase.line)
    #expect(diagnostic?.location?.column == syntaxCase.column)
    #expect(result.document.encoded() == syntaxCase.bytes)
  }

  @Test("error lines are kept as invalid lines", arguments: cases.filter { $0.severity == .error })
  func keepsInvalidLine(_ syntaxCase: SyntaxCase) {
    let document = OptionsDocument.parse(syntaxCase.bytes, limits: syntaxCase.limits).document
    let line = document.lines[syntaxCase.line - 1]

    // A placeholder is a mistake in the value, not in the syntax, so the line stays an option.
    let expectedKind: OptionsLine.Kind = syntaxCase.code == .optionsDocumentationPlaceholder ? .option : .invalid
    #expect(line.kind == expectedKind)
  }

  @Test(
    "messages name the problem and the fix",
    arguments: [
      (
        "Login=u",
        "Option `Login=` has no section. Write the section before the key on the same line, as in `[contracts]Login=`."
      ),
      (
        "[contracts Login=u",
        "Section name after `[` is not closed with `]`. "
          + "Write the option as `[section]Key=value`, as in `[contracts]ServerUrl=https://mybilling.com`."
      ),
      (
        "[contracts]",
        "Line `[contracts]` names a section but no option. Each line names its own section, "
          + "so write the key and value after it, as in `[contracts]ServerUrl=https://mybilling.com`."
      ),
      (
        "[contracts]Login",
        "Option `[contracts]Login` has no `=` after the key. Write it as `[contracts]Login=value`."
      ),
      (
        "[contracts]=u",
        "Option in section `[contracts]` has no key before `=`. Write the key between `]` and `=`, as in `[contracts]Login=`."
      ),
      (
        "[contracts]Pass word=secret",
        "Key `Pass word` in section `[contracts]` contains a space, which is not allowed in keys. "
          + "Keys contain only letters, digits, `_`, `.` and `-`."
      ),
      (
        "[con\ttracts]Login=u",
        "Section name `con\\ttracts` contains the control character U+0009. "
          + "Remove it, because a section name is an application name such as `contracts`."
      ),
      (
        "[contracts]ServerUrl=<server_URL>",
        "`<server_URL>` is a placeholder from the documentation. "
          + "Replace it with the application's address, as in `[contracts]ServerUrl=https://mybilling.com`."
      ),
    ])
  func messages(input: String, message: String) {
    let diagnostics = OptionsDocument.parse(input).diagnostics

    #expect(diagnostics.map(\.message) == [message])
  }

  @Test("invalid UTF-8 message names the byte")
  func invalidUTF8Message() {
    let diagnostics = OptionsDocument.parse(Array("[a]b=".utf8) + [0xFE]).diagnostics

    #expect(diagnostics.map(\.message) == ["Byte 0xFE is not valid UTF-8. Save the options as UTF-8 text."])
  }

  @Test("line over limit message")
  func lineTooLongMessage() {
    let diagnostics = OptionsDocument.parse("[a]b=123456789", limits: OptionsLimits(maximumLineLength: 10)).diagnostics

    #expect(
      diagnostics.map(\.message) == [
        "Line is 14 bytes long, which exceeds the maximum of 10 bytes. "
          + "Shorten the value or check that the text was pasted correctly."
      ])
  }

  @Test("document over limit keeps its bytes")
  func documentTooLarge() {
    let bytes = Array("[a]b=c\n".utf8)
    let result = OptionsDocument.parse(bytes, limits: OptionsLimits(maximumDocumentSize: 4))

    #expect(result.diagnostics.map(\.code) == [.optionsDocumentTooLarge])
    #expect(result.diagnostics.first?.location == nil)
    #expect(
      result.diagnostics.first?.message
        == "Document is 7 bytes, which exceeds the maximum of 4 bytes. "
        + "WebCustom options are normally a few kilobytes, so check that this is the right file.")
    #expect(result.document.exceedsSizeLimit)
    #expect(result.document.lineCount == 0)
    #expect(result.document.encoded() == bytes)
  }

  @Test("every faulty line is reported")
  func reportsEveryLine() {
    let result = OptionsDocument.parse("Login=u\n[contracts]Login=ok\n[]Password=\n[x]=y\n")

    #expect(result.diagnostics.map(\.code) == [.optionsMissingOpenBracket, .optionsEmptySection, .optionsEmptyKey])
    #expect(result.diagnostics.map { $0.location?.line } == [1, 3, 4])
  }

  @Test("default limits")
  func defaultLimits() {
    #expect(OptionsLimits.default.maximumLineLength == 8_192)
    #expect(OptionsLimits.default.maximumDocumentSize == 16_777_216)

    let longest = "[a]b=" + String(repeating: "x", count: 8_192 - 5)
    #expect(OptionsDocument.parse(longest).diagnostics.isEmpty)
    #expect(OptionsDocument.parse(longest + "x").diagnostics.map(\.code) == [.optionsLineTooLong])
  }
}

@Suite("Follow-on errors")
struct FollowOnErrorTests {
  @Test(
    "an unreadable line is the only error",
    arguments: [
      "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n[contracts]Login=u\n"
        + "[contracts]Password=a\u{0}b\n",
      "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com/"
        + String(repeating: "a", count: 9_000) + "\n",
      "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n[contracts]Login=u\n"
        + "[contracts]Password\n",
    ])
  func unreadableLineIsOnlyError(text: String) {
    let loaded = ExternalAppsConfiguration.load(text)
    #expect(loaded.diagnostics.count == 1, "\(loaded.diagnostics.map(\.formatted))")
    #expect(loaded.configuration.applications.isEmpty)
  }
}
