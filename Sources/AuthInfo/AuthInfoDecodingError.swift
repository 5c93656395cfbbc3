import PortaDiagnostics

/// A reason why a request body did not yield credentials.
///
/// A `location` is a 1-based line and column in the request body. It is `nil` when
/// the body was decoded from an already parsed `JSONValue`, which has no positions.
/// Messages quote member names from the body but never values, so they do not
/// show the password.
public enum AuthInfoDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The body is larger than the decoder's size limit, in bytes.
  case bodyTooLarge(size: Int, limit: Int)
  /// The body is not valid JSON; `message` describes the problem without quoting
  /// the body, such as `a string has no closing quote`.
  case invalidJSON(message: String, location: SourceLocation?)
  /// The body is valid JSON but not an object; `found` is its type, such as `array`.
  case bodyNotAnObject(found: String)
  /// The body has no `auth_info` field.
  case missingField
  /// An object contains the key `name` more than once, at the JSON Pointer `pointer`.
  case duplicateKey(name: String, pointer: String, location: SourceLocation?)
  /// The value at the JSON Pointer `pointer` is of type `found` instead of a string.
  case notAString(pointer: String, found: String, location: SourceLocation?)
  /// The `auth_info` string does not contain a JSON object; `found` is what it
  /// contains instead, such as `number` or `invalid JSON`.
  ///
  /// `innerLocation` is the position of the syntax error inside the decoded string,
  /// when there is one; `location` is where the string starts in the body.
  case innerTextNotAnObject(found: String, innerLocation: SourceLocation?, location: SourceLocation?)
  /// The credentials object has no member `name` (`login` or `password`).
  case missingKey(name: String, location: SourceLocation?)

  /// A sentence that names the field, what is wrong and how to fix it.
  public var description: String {
    switch self {
    case .bodyTooLarge(let size, let limit):
      return "The request body is \(size) bytes, over the limit of \(limit) bytes; send a smaller body or raise "
        + "AuthInfo.DecodingLimits.maximumBodySize."
    case .invalidJSON(let message, let location):
      return "The request body is not valid JSON\(Self.place(location)): \(message)."
    case .bodyNotAnObject(let found):
      return "The request body is a JSON \(found); it must be a JSON object with an \"auth_info\" field."
    case .missingField:
      return "The request body has no \"auth_info\" field; add \"auth_info\":\"{\\\"login\\\":\\\"L\\\","
        + "\\\"password\\\":\\\"P\\\"}\"."
    case .duplicateKey(let name, let pointer, let location):
      return "The key \"\(name)\" appears more than once in \(Self.containerName(pointer))\(Self.place(location)); "
        + "keep one, because JSON parsers disagree on which one counts."
    case .notAString(let pointer, let found, let location):
      return "\(Self.valueName(pointer)) is a JSON \(found)\(Self.place(location)); it must be a string."
    case .innerTextNotAnObject(let found, let innerLocation, let location):
      let contents = found == "invalid JSON" ? found : "a JSON \(found)"
      var text = "The \"auth_info\" string\(Self.place(location)) is not a JSON object: it contains \(contents)"
      if let innerLocation {
        text += " (at \(innerLocation) of the decoded string)"
      }
      return text + "; its content must be {\"login\":\"L\",\"password\":\"P\"} written as a JSON string."
    case .missingKey(let name, let location):
      return "The \"auth_info\" object\(Self.place(location)) has no \"\(name)\" member; "
        + "add \"\(name)\" with a string value."
    }
  }

  /// Returns ` at line:column`, or nothing when there is no location.
  private static func place(_ location: SourceLocation?) -> String {
    guard let location else { return "" }
    return " at \(location)"
  }

  /// Returns how a message names the object at a JSON Pointer, such as
  /// `the "auth_info" object`.
  private static func containerName(_ pointer: String) -> String {
    let tokens = referenceTokens(pointer)
    guard let last = tokens.last else { return "the request body" }
    return "the \"\(last)\" object"
  }

  /// Returns how a message starts when it names the value at a JSON Pointer, such as
  /// `The "auth_info" field` or `The "login" member of "auth_info"`.
  private static func valueName(_ pointer: String) -> String {
    let tokens = referenceTokens(pointer)
    guard let last = tokens.last else { return "The request body" }
    guard tokens.count > 1 else { return "The \"\(last)\" field" }
    return "The \"\(last)\" member of \"\(tokens.dropLast().joined(separator: "/"))\""
  }

  /// Splits a JSON Pointer into its unescaped reference tokens (RFC 6901).
  private static func referenceTokens(_ pointer: String) -> [String] {
    guard !pointer.isEmpty else { return [] }
    return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
      var unescaped = ""
      var isAfterTilde = false
      for character in token {
        if isAfterTilde {
          unescaped.append(character == "1" ? "/" : "~")
          isAfterTilde = false
        } else if character == "~" {
          isAfterTilde = true
        } else {
          unescaped.append(character)
        }
      }
      return unescaped
    }
  }
}
