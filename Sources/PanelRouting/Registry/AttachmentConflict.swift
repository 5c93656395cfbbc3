import PortaDiagnostics

/// A reason why a plug-in cannot attach where its request places it.
public enum AttachmentConflict: Error, Sendable, Hashable, CustomStringConvertible {
  /// The host route is not a valid pattern.
  case invalidHostRoute(String, RoutePatternError)
  /// No registered panel has the host route's shape; `suggestions` are near routes, best first.
  case unknownHost(String, suggestions: [String])
  /// The host panel has no subpanels, so PortaBilling shows no place for a plug-in there.
  case hostWithoutSubpanels(String)
  /// The routerLink is not one or more literal segments, for the cause given in `reason`.
  case invalidRouterLink(String, reason: String)
  /// The plug-in route is a built-in subpanel already.
  case existingSubpanel(route: String, title: String)
  /// Another plug-in already uses the route.
  case pluginAlreadyAttached(route: String, title: String)
  /// The plug-in panel's title is empty or blank.
  case emptyTitle(route: String)

  /// The stable diagnostic code of the conflict.
  public var code: DiagnosticCode {
    switch self {
    case .invalidHostRoute(_, let error): error.code
    case .unknownHost: .registryUnknownPanel
    case .hostWithoutSubpanels: .registryHostWithoutSubpanels
    case .invalidRouterLink: .registryInvalidRouterLink
    case .existingSubpanel: .registrySubpanelConflict
    case .pluginAlreadyAttached: .registryPluginConflict
    case .emptyTitle: .registryEmptyTitle
    }
  }

  /// A sentence naming the problem and how to fix it.
  public var message: String {
    switch self {
    case .invalidHostRoute(let route, let error):
      return "Host route \"\(route)\" is invalid: \(error.message)"
    case .unknownHost(let route, let suggestions):
      var text = "Host route \"\(route)\" is not a known panel"
      if suggestions.isEmpty {
        text += "; list the registry's panels (porta-plugin route list prints them) to choose one."
      } else {
        text += "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
      }
      return text
    case .hostWithoutSubpanels(let route):
      return "Panel \"\(route)\" has no subpanels, so it cannot host plug-ins; "
        + "attach the plug-in to a panel that lists subpanels, such as its parent."
    case .invalidRouterLink(let link, let reason):
      return "routerLink \"\(link)\" is invalid: \(reason)"
    case .existingSubpanel(let route, let title):
      return "Plug-in route \"\(route)\" is the built-in subpanel \"\(title)\"; "
        + "choose another routerLink."
    case .pluginAlreadyAttached(let route, let title):
      return "Plug-in route \"\(route)\" is already used by the plug-in \"\(title)\"; "
        + "choose another routerLink."
    case .emptyTitle(let route):
      return "Plug-in panel \"\(route)\" has an empty title; give it the label the interface shows."
    }
  }

  /// The message.
  public var description: String { message }

  /// Converts the conflict into an error diagnostic.
  ///
  /// - Parameters:
  ///   - location: Where the offending value is in the input, if anywhere.
  ///   - file: The input's file name, if any.
  ///   - jsonPointer: The JSON Pointer of the offending value, for JSON inputs.
  /// - Returns: An error-severity diagnostic with ``code`` and ``message``; for
  ///   an unknown host the best suggestion is the fix-it.
  public func diagnostic(
    at location: SourceLocation? = nil,
    file: String? = nil,
    jsonPointer: String? = nil
  ) -> Diagnostic {
    var fixIt: String?
    if case .unknownHost(_, let suggestions) = self {
      fixIt = suggestions.first
    }
    return Diagnostic(
      .error, code: code, message: message, file: file, location: location,
      jsonPointer: jsonPointer, fixIt: fixIt)
  }
}
