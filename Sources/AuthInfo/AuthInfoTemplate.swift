import PortaDiagnostics
import PortaJSON

/// A JSON text with `{{Name}}` placeholders that renders the inner `auth_info`
/// object from an application's options.
///
/// The documented template is ``documented``,
/// `{"login":"{{Login}}","password":"{{Password}}"}`. Rules:
///
/// - A placeholder is `{{Name}}`, optionally with spaces inside the braces. A name
///   contains ASCII letters, digits, `_`, `-` and `.`, and is matched to option
///   names exactly, with case.
/// - Placeholders may appear only inside JSON string values, never in keys or
///   outside strings. Each value is substituted as JSON string content with the
///   escaping of ``AuthInfo/jsonText``, so a value can never add or end a string.
/// - Inside a string, a `{{` without `}}` and a `}}` without `{{` are errors. Write a
///   literal brace pair as `\u007b\u007b` or `\u007d\u007d`.
/// - The template, with every placeholder taken as empty text, must be a JSON object
///   without repeated keys. Because substitution only adds string content, every
///   rendered text is then a JSON object with the same keys.
/// - A template is at most ``maximumSize`` bytes of UTF-8.
public struct AuthInfoTemplate: Sendable, Hashable, CustomStringConvertible {
  /// The largest template accepted, in bytes of UTF-8: 64 KiB.
  public static let maximumSize = 65_536

  /// The template PortaBilling documents: `{"login":"{{Login}}","password":"{{Password}}"}`.
  public static let documented = try! AuthInfoTemplate(#"{"login":"{{Login}}","password":"{{Password}}"}"#)

  /// The template text as written.
  public let text: String

  /// The parts of the template in order.
  let segments: [Segment]

  /// One part of a template: literal text or a placeholder.
  enum Segment: Sendable, Hashable {
    case literal(String)
    case placeholder(name: String, location: SourceLocation)
  }

  /// The template text as written.
  public var description: String { text }

  /// The names of the placeholders, each once, in order of first appearance.
  public var placeholderNames: [String] {
    var seen = Set<String>()
    var names: [String] = []
    for case .placeholder(let name, _) in segments where seen.insert(name).inserted {
      names.append(name)
    }
    return names
  }

  /// Parses and checks a template.
  ///
  /// - Parameter text: The template, such as `{"login":"{{Login}}","password":"{{Password}}"}`.
  /// - Throws: ``AuthInfoTemplateError/templateTooLarge(size:limit:)``,
  ///   ``AuthInfoTemplateError/unbalancedBraces(text:location:)``,
  ///   ``AuthInfoTemplateError/invalidPlaceholder(text:location:)``,
  ///   ``AuthInfoTemplateError/placeholderOutsideString(text:location:)``,
  ///   ``AuthInfoTemplateError/placeholderInKey(text:location:)``,
  ///   ``AuthInfoTemplateError/invalidJSON(message:location:)`` or
  ///   ``AuthInfoTemplateError/templateNotAnObject(found:)``.
  /// - Complexity: O(n) in the length of the template.
  public init(_ text: String) throws(AuthInfoTemplateError) {
    let bytes = Array(text.utf8)
    guard bytes.count <= Self.maximumSize else {
      throw .templateTooLarge(size: bytes.count, limit: Self.maximumSize)
    }
    let scan = try Self.scan(bytes)
    try Self.checkStructure(bytes, placeholders: scan.placeholders)
    self.text = text
    self.segments = scan.segments
  }

  /// Renders the inner `auth_info` text from an application's options.
  ///
  /// Each placeholder is replaced by the value of the option with the same name,
  /// escaped as JSON string content. When the template has placeholders and every
  /// option they name is absent or empty, the application has no credentials. Then
  /// the result is `nil` and the request body must leave out `auth_info` (see
  /// ``AuthInfo/requestBody(jsonText:merging:)``).
  ///
  /// - Parameter options: The application's options as (key, value) pairs in order,
  ///   such as `[(key: "Login", value: "u"), (key: "Password", value: "p")]`.
  /// - Returns: The inner JSON text, or `nil` when there are no credentials.
  /// - Throws: ``AuthInfoTemplateError/duplicateOption(name:)`` when a named option
  ///   appears more than once, and
  ///   ``AuthInfoTemplateError/unknownPlaceholder(name:location:suggestions:)`` when
  ///   some named options are set but this one is not.
  /// - Complexity: O(n + m) for a template of length n and options of total length m.
  public func render(
    options: some Sequence<(key: String, value: String)>
  ) throws(AuthInfoTemplateError) -> String? {
    let names = placeholderNames
    let wanted = Set(names)
    var values: [String: String] = [:]
    var optionNames: [String] = []
    for option in options {
      optionNames.append(option.key)
      guard wanted.contains(option.key) else { continue }
      guard values.updateValue(option.value, forKey: option.key) == nil else {
        throw .duplicateOption(name: option.key)
      }
    }

    // An application with none of the named options set sends no auth_info at all.
    let isWithoutCredentials = !names.isEmpty && names.allSatisfy { values[$0]?.isEmpty ?? true }
    if isWithoutCredentials {
      return nil
    }

    var output = ""
    for segment in segments {
      switch segment {
      case .literal(let literal):
        output += literal
      case .placeholder(let name, let location):
        guard let value = values[name] else {
          let suggestions = Suggestions.closest(to: name, in: optionNames.filter { $0 != name })
          throw .unknownPlaceholder(name: name, location: location, suggestions: suggestions)
        }
        Self.appendEscapedContent(of: value, to: &output)
      }
    }
    return output
  }

  /// Appends `value` escaped as JSON string content, without the enclosing quotes.
  ///
  /// The quotes are dropped as Unicode scalars, not as `Character`s, because a value
  /// that starts with a combining mark forms one `Character` with the opening quote.
  static func appendEscapedContent(of value: String, to output: inout String) {
    let quoted = JSONWriter.quoted(value)
    output.unicodeScalars.append(contentsOf: quoted.unicodeScalars.dropFirst().dropLast())
  }
}
