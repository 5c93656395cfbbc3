/// A reason why a concrete path cannot be built from a pattern and parameter values.
public enum RoutePathError: Error, Sendable, Hashable, CustomStringConvertible {
  /// No value was given for the named parameter.
  case missingParameter(String)
  /// The value for the named parameter is empty, and an empty segment never matches.
  case emptyParameter(String)
  /// The catch-all value is empty, contains an empty segment (`//`), or has
  /// escapes that do not decode to UTF-8.
  case invalidCatchAllValue(String)

  /// A sentence naming the problem and how to fix it.
  public var description: String {
    switch self {
    case .missingParameter(let name):
      "Missing value for parameter \"\(name)\"; pass it in the parameters, such as [\"\(name)\": \"42\"]."
    case .emptyParameter(let name):
      "Value for parameter \"\(name)\" is empty; a path segment cannot be empty."
    case .invalidCatchAllValue(let value):
      "Catch-all value \"\(value)\" is empty, has an empty segment or has escapes that do not "
        + "decode to UTF-8; pass one or more non-empty segments separated by \"/\"."
    }
  }
}
