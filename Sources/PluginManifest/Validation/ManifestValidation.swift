import PanelRouting
import PortaDiagnostics

/// The outcome of validating one manifest: every diagnostic and, when it decoded, the model.
public struct ManifestValidation: Sendable {
  /// The file the manifest came from, as the caller named it, or `nil` for in-memory input.
  public let file: String?
  /// Every problem found, ordered by location; `json.*` codes for the JSON
  /// syntax, `manifest.*` codes for the manifest rules.
  public internal(set) var diagnostics: [Diagnostic]
  /// The manifest, when the document decodes into one.
  ///
  /// It is set even with warnings and with errors that only the registry
  /// finds (`manifest.unknown-route`, `manifest.route-cannot-host-plugins`,
  /// `manifest.router-link-conflict`, `manifest.duplicate-plugin`). It is
  /// `nil` after a JSON error, including a repeated key, or when a field
  /// breaks a rule that `PluginManifest`'s `Decodable` conformance enforces.
  public let manifest: PluginManifest?
  /// The registered panel that `route` names, when there is one.
  public let hostPanel: Panel?

  /// The host's shape and the fields' places, which the cross-manifest checks use.
  let placement: Placement

  /// Whether the manifest has no errors; warnings are allowed.
  public var isValid: Bool { !diagnostics.containsErrors }

  /// The plug-in's route for display, or `nil` when the manifest did not decode.
  ///
  /// It is the registered host route when known, otherwise the manifest's own
  /// route, then `/` and the routerLink.
  public var fullRoute: String? {
    guard var manifest else { return nil }
    if let hostPanel {
      manifest.route = hostPanel.route
    }
    return manifest.fullRoute
  }

  init(
    file: String?,
    diagnostics: [Diagnostic],
    manifest: PluginManifest?,
    hostPanel: Panel?,
    placement: Placement = Placement()
  ) {
    self.file = file
    self.diagnostics = diagnostics
    self.manifest = manifest
    self.hostPanel = hostPanel
    self.placement = placement
  }
}

/// The places of a manifest's fields, for diagnostics raised by comparing manifests.
struct Placement: Sendable {
  /// The host route's shape (parameter names dropped), or `nil` when the route is invalid.
  var hostShape: String?
  /// The location of the first `routerLink` value.
  var routerLink: SourceLocation?
  /// The location of the first `linkLabel` value.
  var linkLabel: SourceLocation?
}
