import PortaDiagnostics

/// A reason why an `auth_info` template could not be parsed or rendered.
///
/// Locations are 1-based lines and columns in the template text. Messages quote
/// placeholder names and option names, never option values.
public enum AuthInfoTemplateError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The template is larger than ``AuthInfoTemplate/maximumSize``, in bytes.
  case templateTooLarge(size: Int, limit: Int)
  /// A `{{` without a closing `}}` in the same string, or a `}}` without an opening
  /// `{{`; `text` is the unmatched part as written.
  case unbalancedBraces(text: String, location: SourceLocation)
  /// A placeholder whose name is empty or contains characters other than ASCII
  /// letters, digits, `_`, `-` and `.`; `text` is the placeholder as written.
  case invalidPlaceholder(text: String, location: SourceLocation)
  /// A placeholder outside a JSON string, where an escaped value would not be a
  /// JSON value.
  case placeholderOutsideString(text: String, location: SourceLocation)
  /// A placeholder inside an object key, where two values could render the same key.
  case placeholderInKey(text: String, location: SourceLocation)
  /// The template, with its placeholders taken as empty text, is not valid JSON.
  case invalidJSON(message: String, location: SourceLocation?)
  /// The template is valid JSON but not an object; `found` is its type.
  case templateNotAnObject(found: String)
  /// A placeholder names no option of the application; `suggestions` are the
  /// closest option names, best first.
  case unknownPlaceholder(name: String, location: SourceLocation, suggestions: [String])
  /// A placeholder names an option that the application sets more than once.
  case duplicateOption(name: String)

  /// A sentence that says what is wrong, where, and what to do.
  public var description: String {
    switch self {
    case .templateTooLarge(let size, let limit):
      return "The auth_info template is \(size) bytes, over the limit of \(limit) bytes; shorten it."
    case .unbalancedBraces(let text, let location):
      let missing = text.hasPrefix("{{") ? "closing \"}}\"" : "opening \"{{\""
      return "The template has \"\(text)\" at \(location) without a matching \(missing) in the same string; "
        + "write placeholders as {{Name}}, or write a literal brace as \\u007b or \\u007d."
    case .invalidPlaceholder(let text, let location):
      return "The placeholder \"\(text)\" at \(location) is not a valid name; use ASCII letters, digits, "
        + "\"_\", \"-\" or \".\", such as {{Login}}."
    case .placeholderOutsideString(let text, let location):
      return "The placeholder \"\(text)\" at \(location) is outside a JSON string; put it between quotes, "
        + "such as \"\(text)\"."
    case .placeholderInKey(let text, let location):
      return "The placeholder \"\(text)\" at \(location) is in an object key; use placeholders in values only."
    case .invalidJSON(let message, let location):
      let place = location.map { " at \($0)" } ?? ""
      return "The auth_info template is not valid JSON\(place): \(message)"
    case .templateNotAnObject(let found):
      return "The auth_info template is a JSON \(found); it must be an object such as "
        + "{\"login\":\"{{Login}}\",\"password\":\"{{Password}}\"}."
    case .unknownPlaceholder(let name, let location, let suggestions):
      var text = "The placeholder \"{{\(name)}}\" at \(location) names no option of the application"
      if let best = suggestions.first {
        text += "; did you mean \"\(best)\"?"
      } else {
        text += "; add the option \"\(name)\" to the application or remove the placeholder."
      }
      return text
    case .duplicateOption(let name):
      return "The application sets the option \"\(name)\" more than once; keep one, because the template "
        + "cannot tell which value to use."
    }
  }
}
