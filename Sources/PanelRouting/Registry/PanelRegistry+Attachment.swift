/// The outcome of attaching several plug-ins: the new registry and every conflict.
public struct AttachmentResult: Sendable {
  /// The registry with every plug-in that attached without conflict.
  public let registry: PanelRegistry
  /// The plug-in panels added, in request order.
  public let attached: [Panel]
  /// The requests that failed, as indices into the request list with their conflicts.
  public let conflicts: [(index: Int, conflict: AttachmentConflict)]
}

extension PanelRegistry {
  /// Returns the plug-in panel's pattern: the host's pattern followed by the routerLink's segments.
  ///
  /// - Parameters:
  ///   - host: The host panel's pattern.
  ///   - routerLink: One or more literal segments separated by `/`, without a leading `/`.
  /// - Returns: The plug-in's pattern.
  /// - Throws: ``AttachmentConflict/invalidRouterLink(_:reason:)`` for an
  ///   empty link, a leading or trailing `/`, a `.` or `..` segment (also
  ///   percent-encoded), a parameter, a catch-all or a syntax error.
  /// - Complexity: O(n) in the length of `routerLink`.
  public static func pluginPattern(host: RoutePattern, routerLink: String) throws(AttachmentConflict)
    -> RoutePattern
  {
    guard !routerLink.isEmpty else {
      throw .invalidRouterLink(routerLink, reason: "it is empty; write the plug-in's segment, such as \"contracts\".")
    }
    guard !routerLink.hasPrefix("/") else {
      throw .invalidRouterLink(
        routerLink, reason: "it starts with \"/\"; write it relative to the host, without the \"/\".")
    }
    guard !routerLink.hasSuffix("/") else {
      throw .invalidRouterLink(routerLink, reason: "it ends with \"/\"; remove the trailing \"/\".")
    }
    let result = RoutePattern.parse("/" + routerLink)
    if let error = result.errors.first {
      // The link was parsed with a "/" in front, so shift columns back by one.
      throw .invalidRouterLink(routerLink, reason: error.shiftingColumns(by: -1).message)
    }
    guard let link = result.pattern else {
      throw .invalidRouterLink(routerLink, reason: "it has no segments.")
    }
    guard link.segments.allSatisfy({ if case .literal = $0 { true } else { false } }) else {
      throw .invalidRouterLink(
        routerLink, reason: "it contains a parameter or \"**\"; use fixed segments only.")
    }
    guard !host.hasCatchAll else {
      throw .invalidRouterLink(routerLink, reason: "the host route ends with \"**\", so nothing can follow it.")
    }
    return RoutePattern(validatedSegments: host.segments + link.segments)
  }

  /// Returns the registry with one plug-in panel added.
  ///
  /// - Parameter plugin: The attachment request.
  /// - Returns: A new registry that also matches paths of the plug-in panel.
  /// - Throws: The ``AttachmentConflict`` that prevents the attachment.
  /// - Complexity: O(n × d) to rebuild the registry of n panels.
  public func attaching(_ plugin: PluginAttachment) throws(AttachmentConflict) -> PanelRegistry {
    let result = attaching([plugin])
    if let conflict = result.conflicts.first?.conflict {
      throw conflict
    }
    return result.registry
  }

  /// Returns the registry with plug-in panels added, reporting conflicts as data.
  ///
  /// Each request is checked against the registry and the plug-ins before it.
  /// The host route must be valid and registered (shapes compared) and must
  /// already have subpanels (``canHostPlugins(at:)``). The routerLink must be
  /// literal segments, and the resulting route must be neither a built-in
  /// subpanel nor another plug-in's route. The title must not be blank.
  ///
  /// - Parameter plugins: The attachment requests, in order.
  /// - Returns: The registry with every request that has no conflict, and the conflicts.
  /// - Complexity: O(n × d) to rebuild the registry, plus O(p × d) for p requests.
  public func attaching(_ plugins: [PluginAttachment]) -> AttachmentResult {
    var panels = storage.panels
    var indexByShape = storage.indexByShape
    var attached: [Panel] = []
    var conflicts: [(index: Int, conflict: AttachmentConflict)] = []

    for (requestIndex, plugin) in plugins.enumerated() {
      do throws(AttachmentConflict) {
        let host: RoutePattern
        do throws(RoutePatternError) {
          host = try RoutePattern(parsing: plugin.hostRoute)
        } catch {
          throw .invalidHostRoute(plugin.hostRoute, error)
        }
        guard let hostPanel = panel(forPattern: host)?.panel else {
          let near = suggestions(forPattern: host).map(\.route)
          throw .unknownHost(plugin.hostRoute, suggestions: near)
        }
        guard canHostPlugins(at: host) else { throw .hostWithoutSubpanels(plugin.hostRoute) }

        // The registered host's parameter names are kept, whatever the request wrote.
        let pattern = try Self.pluginPattern(host: hostPanel.pattern, routerLink: plugin.routerLink)
        if let existing = indexByShape[pattern.shapeKey] {
          let other = panels[existing]
          throw other.isPlugin
            ? .pluginAlreadyAttached(route: other.route, title: other.title)
            : .existingSubpanel(route: other.route, title: other.title)
        }

        guard !plugin.title.allSatisfy(\.isWhitespace) else {
          throw .emptyTitle(route: pattern.description)
        }

        let panel = Panel(pattern: pattern, title: plugin.title, origin: .plugin)
        indexByShape[pattern.shapeKey] = panels.count
        panels.append(panel)
        attached.append(panel)
      } catch {
        conflicts.append((requestIndex, error))
      }
    }

    let registry = attached.isEmpty ? self : PanelRegistry(validatedPanels: panels)
    return AttachmentResult(registry: registry, attached: attached, conflicts: conflicts)
  }
}
