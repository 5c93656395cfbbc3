import PortaJSON

/// A PortaBilling UI plug-in manifest: where the plug-in attaches and how its link looks.
///
/// A manifest names a host panel by its route pattern, the path of the
/// plug-in below that panel, the text of the link that opens it, the panel's
/// width and any data for the plug-in:
///
/// ```json
/// {
///   "route": "/customer/:id/general_info",
///   "routerLink": "contracts",
///   "linkLabel": "Contracts",
///   "panelSize": "1",
///   "data": {"endpoint": "https://contracts.example.com"}
/// }
/// ```
///
/// Decode it with `JSONDecoder` when only the model is needed; use
/// ``ManifestValidator`` to get every problem with its line and column.
public struct PluginManifest: Sendable, Hashable {
  /// The width used when a manifest has no `panelSize`.
  public static let defaultPanelSize = 1

  /// The host panel's route pattern as written, such as `/customer/:id/general_info`.
  public var route: String
  /// The plug-in's path relative to the host panel, such as `contracts`.
  public var routerLink: String
  /// The text of the link that opens the plug-in.
  public var linkLabel: String
  /// The plug-in panel's width in layout columns, at least 1.
  public var panelSize: Int
  /// Data passed to the plug-in unchanged, with member order and number text kept; `nil` when absent.
  public var data: JSONValue?

  /// Creates a manifest.
  ///
  /// The values are stored as given; ``ManifestValidator`` checks them.
  ///
  /// - Parameters:
  ///   - route: The host panel's route pattern.
  ///   - routerLink: The plug-in's path relative to the host panel.
  ///   - linkLabel: The text of the link that opens the plug-in.
  ///   - panelSize: The panel's width in layout columns.
  ///   - data: Data passed to the plug-in, or `nil` for none.
  public init(
    route: String,
    routerLink: String,
    linkLabel: String,
    panelSize: Int = PluginManifest.defaultPanelSize,
    data: JSONValue? = nil
  ) {
    self.route = route
    self.routerLink = routerLink
    self.linkLabel = linkLabel
    self.panelSize = panelSize
    self.data = data
  }

  /// The plug-in's own route: the host route, a `/`, then the routerLink.
  ///
  /// A trailing `/` on the route and a leading `/` on the routerLink are
  /// dropped, so `/customer/:id/general_info` and `contracts` give
  /// `/customer/:id/general_info/contracts`.
  public var fullRoute: String {
    var host = Substring(route)
    while host.hasSuffix("/") { host = host.dropLast() }
    var link = Substring(routerLink)
    while link.hasPrefix("/") { link = link.dropFirst() }
    return host + "/" + link
  }
}
