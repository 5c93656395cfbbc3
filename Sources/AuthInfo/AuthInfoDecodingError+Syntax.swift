import PortaDiagnostics
import PortaJSON

extension AuthInfoDecodingError {
  /// Returns a description of a JSON syntax error that quotes nothing from the body.
  ///
  /// The JSON reader's own messages may quote up to 40 bytes of the input, such as
  /// an unquoted word, and in a request body that word can be the password. So the
  /// decoder reports the reader's code through this fixed phrase instead.
  ///
  /// - Parameters:
  ///   - code: The `json.*` code the reader reported.
  ///   - limits: The limits the body was read with, for the depth in the phrase.
  /// - Returns: A phrase such as `the body ends before the JSON value is complete`.
  static func syntaxProblem(for code: DiagnosticCode, limits: AuthInfo.DecodingLimits) -> String {
    switch code {
    case .jsonEmptyInput: "the body is empty"
    case .jsonTooLarge: "the body is larger than \(limits.maximumBodySize) bytes"
    case .jsonTooDeep: "arrays and objects are nested deeper than \(limits.maximumDepth) levels"
    case .jsonNotUTF8: "the body is not UTF-8 (it looks like UTF-16 or UTF-32)"
    case .jsonInvalidUTF8: "a byte sequence is not valid UTF-8"
    case .jsonUnexpectedCharacter: "a character appears where JSON does not allow one"
    case .jsonUnexpectedEnd: "the body ends before the JSON value is complete"
    case .jsonTrailingContent: "text follows the end of the JSON value"
    case .jsonTrailingComma: "a comma comes right before ']' or '}'"
    case .jsonComment: "JSON does not allow comments"
    case .jsonSingleQuote: "a string is in single quotes instead of double quotes"
    case .jsonUnquotedKey: "a member name is not in double quotes"
    case .jsonInvalidLiteral: "a word is not true, false or null, so a string may be missing its quotes"
    case .jsonInvalidNumber: "a number does not follow the JSON number grammar"
    case .jsonUnterminatedString: "a string has no closing quote"
    case .jsonControlCharacter: "a control character (U+0000 to U+001F) in a string is not escaped"
    case .jsonInvalidEscape: "a backslash escape is not one that JSON defines"
    case .jsonUnpairedSurrogate: "a \\u escape of a UTF-16 surrogate has no partner"
    default: "the JSON syntax is invalid (\(code))"
    }
  }
}
