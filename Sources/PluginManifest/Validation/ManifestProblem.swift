import PortaDiagnostics

/// One problem in a plug-in manifest, before it is given a place in the input.
///
/// Values named `written` are JSON text as the manifest spells it, so strings
/// keep their quotes: `"wide"` for a string, `0` for a number. The validator
/// turns a problem into a ``Diagnostic`` with the value's location and JSON
/// Pointer; `PluginManifest`'s `Decodable` conformance throws the same message
/// inside a `DecodingError`.
public enum ManifestProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The top-level value is an array, string or other non-object.
  case notAnObject(type: String)
  /// A required field is absent; `misspelling` is an unknown key that looks like it.
  case missingField(ManifestField, misspelling: String?)
  /// A string field (`route`, `routerLink` or `linkLabel`) whose value is not a string.
  case wrongType(ManifestField, written: String, type: String)
  /// A member the format does not define, with the closest known name if any.
  case unknownKey(String, suggestion: String?)
  /// A route that is not a valid route pattern; `reason` comes from the pattern parser.
  case invalidRoute(written: String, reason: String)
  /// A route accepted after normalization, and its canonical form.
  case nonCanonicalRoute(written: String, reason: String, canonical: String)
  /// A route that names no registered panel, with the closest routes that can
  /// host plug-ins or, when none is close, some that can.
  case unknownRoute(written: String, suggestions: RouteSuggestions)
  /// A route whose panel has no subpanels, with the closest routes that can
  /// host plug-ins or, when none is close, some that can.
  case routeCannotHostPlugins(written: String, suggestions: RouteSuggestions)
  /// A route that names a registered panel with different parameter names.
  case renamedRouteParameter(written: String, registered: String)
  /// A routerLink that breaks the relative-path rules, with the reason.
  case invalidRouterLink(written: String, reason: String, fix: String?)
  /// A routerLink that starts with `/`, and the link without it.
  case routerLinkLeadingSlash(written: String, fixed: String)
  /// A routerLink equal to a built-in subpanel of the host route.
  case routerLinkConflict(written: String, route: String)
  /// A linkLabel that is empty after trimming whitespace.
  case emptyLinkLabel(written: String)
  /// A linkLabel with a line break or another control character.
  case invalidLinkLabel(written: String, reason: String)
  /// A linkLabel with leading or trailing whitespace, and the trimmed label.
  case linkLabelWhitespace(written: String, trimmed: String)
  /// A linkLabel with markup such as `<b>`, the first tag or reference, and the plain label when it can be derived.
  case linkLabelMarkup(written: String, markup: String, plain: String?)
  /// A linkLabel longer than `maximum` characters.
  case longLinkLabel(written: String, length: Int, maximum: Int)
  /// A panelSize that is not a positive whole number; `fix` is the whole number it equals, if any.
  case invalidPanelSize(written: String, fix: String?)
  /// A panelSize above `maximum`.
  case largePanelSize(Int, maximum: Int)
  /// Data whose compact serialization is `size` bytes, over `maximum`.
  case largeData(size: Int, maximum: Int)
  /// A second plug-in with the same full route as one in `otherFile`.
  case duplicatePlugin(fullRoute: String, otherFile: String)
  /// A second plug-in with the same linkLabel on the host panel `route` as one in `otherFile`.
  case duplicateLinkLabel(written: String, route: String, otherFile: String)

  /// The problem's severity.
  public var severity: Severity {
    switch self {
    case .unknownKey, .nonCanonicalRoute, .renamedRouteParameter, .routerLinkLeadingSlash,
      .linkLabelWhitespace, .linkLabelMarkup, .longLinkLabel, .largePanelSize, .largeData,
      .duplicateLinkLabel:
      .warning
    case .notAnObject, .missingField, .wrongType, .invalidRoute, .unknownRoute, .routeCannotHostPlugins,
      .invalidRouterLink, .routerLinkConflict, .emptyLinkLabel, .invalidLinkLabel, .invalidPanelSize,
      .duplicatePlugin:
      .error
    }
  }

  /// The stable diagnostic code.
  public var code: DiagnosticCode {
    switch self {
    case .notAnObject: .manifestNotAnObject
    case .missingField: .manifestMissingField
    case .wrongType: .manifestWrongType
    case .unknownKey: .manifestUnknownKey
    case .invalidRoute: .manifestInvalidRoute
    case .nonCanonicalRoute: .manifestNonCanonicalRoute
    case .unknownRoute: .manifestUnknownRoute
    case .routeCannotHostPlugins: .manifestRouteCannotHostPlugins
    case .renamedRouteParameter: .manifestRenamedRouteParameter
    case .invalidRouterLink: .manifestInvalidRouterLink
    case .routerLinkLeadingSlash: .manifestRouterLinkLeadingSlash
    case .routerLinkConflict: .manifestRouterLinkConflict
    case .emptyLinkLabel: .manifestEmptyLinkLabel
    case .invalidLinkLabel: .manifestInvalidLinkLabel
    case .linkLabelWhitespace: .manifestLinkLabelWhitespace
    case .linkLabelMarkup: .manifestLinkLabelMarkup
    case .longLinkLabel: .manifestLongLinkLabel
    case .invalidPanelSize: .manifestInvalidPanelSize
    case .largePanelSize: .manifestLargePanelSize
    case .largeData: .manifestLargeData
    case .duplicatePlugin: .manifestDuplicatePlugin
    case .duplicateLinkLabel: .manifestDuplicateLinkLabel
    }
  }

  /// Replacement text that fixes the problem, when one is obvious: a key, a route, a path or a label.
  public var fixIt: String? {
    switch self {
    case .unknownKey(_, let suggestion): suggestion
    case .nonCanonicalRoute(_, _, let canonical): canonical
    case .unknownRoute(_, let suggestions), .routeCannotHostPlugins(_, let suggestions): suggestions.close.first
    case .renamedRouteParameter(_, let registered): registered
    case .invalidRouterLink(_, _, let fix): fix
    case .routerLinkLeadingSlash(_, let fixed): fixed
    case .linkLabelWhitespace(_, let trimmed): trimmed
    case .linkLabelMarkup(_, _, let plain): plain
    case .invalidPanelSize(_, let fix): fix
    default: nil
    }
  }

  /// The message: what is wrong, the value as written, then what to do, as
  /// sentences that start with a capital (unless they start with a field
  /// name such as `panelSize`) and end with a period.
  public var message: String {
    MessageSentences.format(draftMessage)
  }

  /// The message as clauses joined by semicolons, before ``MessageSentences`` formats it.
  private var draftMessage: String {
    switch self {
    case .notAnObject(let type):
      return "the manifest is \(article(type)) \(type), not an object; write it as a JSON object "
        + "with route, routerLink and linkLabel members"
    case .missingField(let field, let misspelling):
      var text = "required field \(field.rawValue) is missing; add \"\(field.rawValue)\": \(field.exampleJSON)"
      if let misspelling {
        text += ", or rename \(JSONText.quoted(misspelling)), which looks like a misspelling of it"
      }
      return text
    case .wrongType(let field, let written, let type):
      let found =
        type == "null" ? "\(field.rawValue) is null" : "\(field.rawValue) \(written) is \(article(type)) \(type)"
      return "\(found), not a string; write \(field.expectation)"
    case .unknownKey(let key, let suggestion):
      if let suggestion {
        return "unknown key \(JSONText.quoted(key)) is ignored; did you mean \"\(suggestion)\"?"
      }
      return "unknown key \(JSONText.quoted(key)) is ignored; remove it, or move it into data "
        + "to pass it to the plug-in"
    case .invalidRoute(let written, let reason):
      return "route \(written) is invalid: \(reason)"
    case .nonCanonicalRoute(let written, let reason, let canonical):
      return "route \(written) is not in canonical form: \(reason); write \"\(canonical)\""
    case .unknownRoute(let written, let suggestions):
      return "route \(written) is not a panel in the registry; " + choices(suggestions)
    case .routeCannotHostPlugins(let written, let suggestions):
      return "route \(written) cannot host plug-ins because its panel has no subpanels; "
        + choices(suggestions)
    case .renamedRouteParameter(let written, let registered):
      return "route \(written) names its parameters differently from the registered \"\(registered)\"; "
        + "it is the same panel, but write \"\(registered)\" to match the registry"
    case .invalidRouterLink(let written, let reason, let fix):
      let advice = fix.map { "write \(JSONText.quoted($0))" } ?? "write a relative path such as \"contracts\""
      return "routerLink \(written) is invalid: \(reason); \(advice)"
    case .routerLinkLeadingSlash(let written, let fixed):
      return "routerLink \(written) starts with \"/\", but it is relative to the route; write \"\(fixed)\""
    case .routerLinkConflict(let written, let route):
      return "routerLink \(written) is already a subpanel of \"\(route)\"; choose a path that no subpanel uses"
    case .emptyLinkLabel(let written):
      return "linkLabel \(written) is empty; write the link's text, such as \"Contracts\""
    case .invalidLinkLabel(let written, let reason):
      return "linkLabel \(written) is invalid: \(reason); write the label on one line without control characters"
    case .linkLabelWhitespace(let written, let trimmed):
      return "linkLabel \(written) has leading or trailing whitespace; write \(JSONText.quoted(trimmed))"
    case .linkLabelMarkup(let written, let markup, let plain):
      let advice = plain.map { "write \(JSONText.quoted($0))" } ?? "write the text without it"
      return "linkLabel \(written) contains markup \(JSONText.quoted(markup)), which PortaBilling shows "
        + "as plain text; \(advice)"
    case .longLinkLabel(let written, let length, let maximum):
      return "linkLabel \(written) is \(length) characters long, so it may be cut off; "
        + "shorten it to at most \(maximum) characters"
    case .invalidPanelSize(let written, let fix):
      // A whole number too large for Int is still a whole number, so the message names the real fault.
      let digits = written.filter { $0 != "\"" }
      let isWholeNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber } && digits.first != "0"
      if isWholeNumber, Int(digits) == nil {
        return
          "panelSize \(written) is too large; a panel is a few standard widths wide, so write a size such as 1 or 2"
      }
      var text = "panelSize \(written) is invalid: expected a positive whole number such as 1"
      if let fix {
        text += "; write \(fix)"
      }
      return text
    case .largePanelSize(let size, let maximum):
      return "panelSize \(size) is larger than \(maximum), so the panel may not fit the layout; "
        + "use a size from 1 to \(maximum)"
    case .largeData(let size, let maximum):
      return "data is \(size) bytes when serialized, over \(maximum) bytes; "
        + "keep large content on the plug-in's server and pass a reference to it"
    case .duplicatePlugin(let fullRoute, let otherFile):
      return "plug-in route \"\(fullRoute)\" is already used by \(otherFile); "
        + "give each plug-in its own route or routerLink"
    case .duplicateLinkLabel(let written, let route, let otherFile):
      return "linkLabel \(written) is already used on \"\(route)\" by \(otherFile); "
        + "give each plug-in on a panel its own label"
    }
  }

  /// The message.
  public var description: String { message }

  private func article(_ type: String) -> String {
    type.first.map { "aeiou".contains($0) } == true ? "an" : "a"
  }

  private func choices(_ suggestions: RouteSuggestions) -> String {
    if !suggestions.close.isEmpty {
      return "did you mean \(alternatives(suggestions.close))?"
    }
    if !suggestions.other.isEmpty {
      return "plug-ins can attach to \(alternatives(suggestions.other)), among others"
    }
    return "attach the plug-in to a panel that has subpanels"
  }

  /// Returns the routes quoted and joined as `"a"`, `"a" or "b"`, or `"a", "b" or "c"`.
  private func alternatives(_ routes: [String]) -> String {
    let quoted = routes.map { "\"\($0)\"" }
    guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " or " + last
  }

}

/// Routes to suggest in place of one that cannot host a plug-in.
public struct RouteSuggestions: Sendable, Hashable {
  /// Routes close to the one written, best first; the first is the fix-it.
  public var close: [String]
  /// Routes that can host plug-ins but are not close, listed when ``close`` is empty.
  public var other: [String]

  /// Creates suggestions.
  ///
  /// - Parameters:
  ///   - close: Routes close to the one written, best first.
  ///   - other: Routes that can host plug-ins but are not close.
  public init(close: [String], other: [String] = []) {
    self.close = close
    self.other = other
  }
}
