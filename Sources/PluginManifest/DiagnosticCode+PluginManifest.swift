import PortaDiagnostics

extension DiagnosticCode {
  // Structure of the document (errors unless noted).

  /// The top-level JSON value is not an object.
  public static let manifestNotAnObject: DiagnosticCode = "manifest.not-an-object"
  /// A required field (`route`, `routerLink` or `linkLabel`) is absent.
  public static let manifestMissingField: DiagnosticCode = "manifest.missing-field"
  /// A field's value has the wrong JSON type, such as a number for `linkLabel`.
  public static let manifestWrongType: DiagnosticCode = "manifest.wrong-type"
  /// Warning: a member that the manifest format does not define; PortaBilling ignores it.
  public static let manifestUnknownKey: DiagnosticCode = "manifest.unknown-key"

  // route.

  /// A `route` that does not parse as a route pattern.
  public static let manifestInvalidRoute: DiagnosticCode = "manifest.invalid-route"
  /// Warning: a `route` accepted after normalization (missing leading `/`, trailing `/`).
  public static let manifestNonCanonicalRoute: DiagnosticCode = "manifest.non-canonical-route"
  /// A `route` that names no panel in the registry.
  public static let manifestUnknownRoute: DiagnosticCode = "manifest.unknown-route"
  /// A `route` whose panel has no subpanels, so it cannot host a plug-in.
  public static let manifestRouteCannotHostPlugins: DiagnosticCode = "manifest.route-cannot-host-plugins"
  /// Warning: a `route` that names a registered panel with other parameter names.
  public static let manifestRenamedRouteParameter: DiagnosticCode = "manifest.renamed-route-parameter"

  // routerLink.

  /// A `routerLink` that is not a relative path of URL path segments.
  public static let manifestInvalidRouterLink: DiagnosticCode = "manifest.invalid-router-link"
  /// Warning: a `routerLink` that starts with `/`, which is dropped.
  public static let manifestRouterLinkLeadingSlash: DiagnosticCode = "manifest.router-link-leading-slash"
  /// A `routerLink` equal to a built-in subpanel of the host panel.
  public static let manifestRouterLinkConflict: DiagnosticCode = "manifest.router-link-conflict"

  // linkLabel.

  /// A `linkLabel` that is empty or only whitespace.
  public static let manifestEmptyLinkLabel: DiagnosticCode = "manifest.empty-link-label"
  /// A `linkLabel` with a line break or another control character.
  public static let manifestInvalidLinkLabel: DiagnosticCode = "manifest.invalid-link-label"
  /// Warning: a `linkLabel` with leading or trailing whitespace.
  public static let manifestLinkLabelWhitespace: DiagnosticCode = "manifest.link-label-whitespace"
  /// Warning: a `linkLabel` with HTML markup, which PortaBilling shows as plain text.
  public static let manifestLinkLabelMarkup: DiagnosticCode = "manifest.link-label-markup"
  /// Warning: a `linkLabel` longer than the configured maximum (40 characters by default).
  public static let manifestLongLinkLabel: DiagnosticCode = "manifest.long-link-label"

  // panelSize and data.

  /// A `panelSize` that is not a positive whole number or a string holding one.
  public static let manifestInvalidPanelSize: DiagnosticCode = "manifest.invalid-panel-size"
  /// Warning: a `panelSize` above the layout's maximum (4 by default).
  public static let manifestLargePanelSize: DiagnosticCode = "manifest.large-panel-size"
  /// Warning: `data` larger than the configured maximum when serialized (64 KiB by default).
  public static let manifestLargeData: DiagnosticCode = "manifest.large-data"

  // Several manifests of one configuration.

  /// Two plug-ins with the same route and routerLink.
  public static let manifestDuplicatePlugin: DiagnosticCode = "manifest.duplicate-plugin"
  /// Warning: two plug-ins with the same linkLabel on one panel.
  public static let manifestDuplicateLinkLabel: DiagnosticCode = "manifest.duplicate-link-label"
}
