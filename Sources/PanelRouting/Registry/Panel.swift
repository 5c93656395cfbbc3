/// A panel of the PortaBilling administrator interface, named by its route pattern.
public struct Panel: Sendable, Hashable, CustomStringConvertible {
  /// The source of a panel: PortaBilling itself or a plug-in.
  public enum Origin: String, Sendable, Hashable {
    /// A panel of PortaBilling itself, from the default registry or a registry file.
    case builtIn
    /// A panel that a UI plug-in adds under a host panel.
    case plugin
  }

  /// The route pattern, such as `/customer/:id/general_info`.
  public let pattern: RoutePattern
  /// The title the interface shows, such as `General info`.
  public let title: String
  /// Whether the panel is PortaBilling's own or a plug-in's.
  public let origin: Origin

  /// Creates a panel.
  ///
  /// - Parameters:
  ///   - pattern: The panel's route pattern.
  ///   - title: The panel's title.
  ///   - origin: Whether the panel is built in or added by a plug-in.
  public init(pattern: RoutePattern, title: String, origin: Origin = .builtIn) {
    self.pattern = pattern
    self.title = title
    self.origin = origin
  }

  /// The canonical route text, such as `/customer/:id/general_info`.
  public var route: String { pattern.description }

  /// Whether a plug-in added this panel.
  public var isPlugin: Bool { origin == .plugin }

  /// The route and title, such as `/customer/:id (Customer)`.
  public var description: String { "\(route) (\(title))" }
}
