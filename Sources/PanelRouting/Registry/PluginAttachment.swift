/// A UI plug-in's request to add a panel under a host panel.
///
/// The plug-in's route is the host route followed by the routerLink, so a
/// routerLink `contracts` under `/customer/:id/general_info` gives
/// `/customer/:id/general_info/contracts`.
public struct PluginAttachment: Sendable, Hashable {
  /// The host panel's route pattern, such as `/customer/:id/general_info`.
  public var hostRoute: String
  /// The plug-in's path relative to the host: one or more literal segments, such as `contracts`.
  public var routerLink: String
  /// The plug-in panel's title, such as the manifest's link label.
  public var title: String

  /// Creates an attachment request.
  ///
  /// - Parameters:
  ///   - hostRoute: The host panel's route pattern.
  ///   - routerLink: The plug-in's path relative to the host.
  ///   - title: The plug-in panel's title.
  public init(hostRoute: String, routerLink: String, title: String) {
    self.hostRoute = hostRoute
    self.routerLink = routerLink
    self.title = title
  }
}
