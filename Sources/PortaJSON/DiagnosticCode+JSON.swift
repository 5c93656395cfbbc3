import PortaDiagnostics

extension DiagnosticCode {
  /// The input is empty or only whitespace.
  public static let jsonEmptyInput: DiagnosticCode = "json.empty-input"
  /// The input is larger than the reader's size limit.
  public static let jsonTooLarge: DiagnosticCode = "json.too-large"
  /// Arrays and objects are nested deeper than the reader's depth limit.
  public static let jsonTooDeep: DiagnosticCode = "json.too-deep"
  /// The input starts with a UTF-8 byte order mark (a warning).
  public static let jsonByteOrderMark: DiagnosticCode = "json.byte-order-mark"
  /// The input is UTF-16 or UTF-32, not UTF-8.
  public static let jsonNotUTF8: DiagnosticCode = "json.not-utf8"
  /// A byte sequence is not valid UTF-8.
  public static let jsonInvalidUTF8: DiagnosticCode = "json.invalid-utf8"
  /// A character appears where JSON does not allow it.
  public static let jsonUnexpectedCharacter: DiagnosticCode = "json.unexpected-character"
  /// The input ends before the value is complete.
  public static let jsonUnexpectedEnd: DiagnosticCode = "json.unexpected-end"
  /// Something other than whitespace follows the top-level value.
  public static let jsonTrailingContent: DiagnosticCode = "json.trailing-content"
  /// A comma comes right before `]` or `}`.
  public static let jsonTrailingComma: DiagnosticCode = "json.trailing-comma"
  /// A `//` or `/* */` comment, which JSON does not have.
  public static let jsonComment: DiagnosticCode = "json.comment"
  /// A string or member name in single quotes.
  public static let jsonSingleQuote: DiagnosticCode = "json.single-quote"
  /// A member name without quotes.
  public static let jsonUnquotedKey: DiagnosticCode = "json.unquoted-key"
  /// A word that is not `true`, `false` or `null`, such as `NaN`, `Infinity` or `True`.
  public static let jsonInvalidLiteral: DiagnosticCode = "json.invalid-literal"
  /// A number outside the RFC 8259 grammar: leading zeros, `+`, a bare `.`, hex.
  public static let jsonInvalidNumber: DiagnosticCode = "json.invalid-number"
  /// A string that is not closed before the end of the input.
  public static let jsonUnterminatedString: DiagnosticCode = "json.unterminated-string"
  /// A control character (U+0000 to U+001F) written unescaped inside a string.
  public static let jsonControlCharacter: DiagnosticCode = "json.control-character"
  /// A backslash escape that JSON does not define, or a malformed `\u` escape.
  public static let jsonInvalidEscape: DiagnosticCode = "json.invalid-escape"
  /// A `\u` escape of a UTF-16 surrogate without its partner.
  public static let jsonUnpairedSurrogate: DiagnosticCode = "json.unpaired-surrogate"
  /// An object member name that an earlier member of the same object already uses.
  public static let jsonDuplicateKey: DiagnosticCode = "json.duplicate-key"
}
