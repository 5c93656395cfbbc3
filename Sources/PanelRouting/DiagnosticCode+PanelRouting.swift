import PortaDiagnostics

extension DiagnosticCode {
  // Route pattern syntax (errors unless noted).

  /// A route pattern with no segments, such as `""` or `"/"`.
  public static let routeEmptyPattern: DiagnosticCode = "route.empty-pattern"
  /// Two slashes in a row, which leave an empty segment.
  public static let routeEmptySegment: DiagnosticCode = "route.empty-segment"
  /// A `:` with no parameter name after it.
  public static let routeMissingParameterName: DiagnosticCode = "route.missing-parameter-name"
  /// A parameter name outside `[A-Za-z_][A-Za-z0-9_]*`.
  public static let routeInvalidParameterName: DiagnosticCode = "route.invalid-parameter-name"
  /// The same parameter name twice in one pattern.
  public static let routeDuplicateParameter: DiagnosticCode = "route.duplicate-parameter"
  /// A `**` catch-all that is not the last segment.
  public static let routeCatchAllNotLast: DiagnosticCode = "route.catch-all-not-last"
  /// A `*` anywhere but in a whole `**` segment.
  public static let routeInvalidWildcard: DiagnosticCode = "route.invalid-wildcard"
  /// A character that is not allowed in a URL path, such as a space, `?` or `#`.
  public static let routeInvalidCharacter: DiagnosticCode = "route.invalid-character"
  /// A `%` not followed by two hexadecimal digits, or escapes that decode to invalid UTF-8.
  public static let routeInvalidPercentEncoding: DiagnosticCode = "route.invalid-percent-encoding"
  /// A segment is `.` or `..`, plainly or percent-encoded.
  public static let routeDotSegment: DiagnosticCode = "route.dot-segment"
  /// A pattern longer than ``RoutePattern/maximumLength`` bytes or ``RoutePattern/maximumSegmentCount`` segments.
  public static let routeTooLong: DiagnosticCode = "route.too-long"
  /// Warning: a pattern without its leading `/`, read as if it had one.
  public static let routeMissingLeadingSlash: DiagnosticCode = "route.missing-leading-slash"
  /// Warning: a pattern with one trailing `/`, read without it.
  public static let routeTrailingSlash: DiagnosticCode = "route.trailing-slash"

  // Registry files and registry building (errors unless noted).

  /// A registry file whose top level is not an object with a `panels` array.
  public static let registryInvalidStructure: DiagnosticCode = "registry.invalid-structure"
  /// A panel entry without its `route` or `title`.
  public static let registryMissingField: DiagnosticCode = "registry.missing-field"
  /// A panel field with the wrong JSON type.
  public static let registryWrongType: DiagnosticCode = "registry.wrong-type"
  /// A panel with an empty or blank title.
  public static let registryEmptyTitle: DiagnosticCode = "registry.empty-title"
  /// Warning: a field the registry format does not define; it is ignored.
  public static let registryUnknownField: DiagnosticCode = "registry.unknown-field"
  /// Two panels whose patterns match exactly the same paths.
  public static let registryDuplicateShape: DiagnosticCode = "registry.duplicate-shape"
  /// A registry file that cannot be opened or read.
  public static let registryUnreadableFile: DiagnosticCode = "registry.unreadable-file"
  /// Warning: a registry file with an empty `panels` array, so no path matches.
  public static let registryNoPanels: DiagnosticCode = "registry.no-panels"
  /// More panels than ``PanelRegistry/maximumPanelCount``.
  public static let registryTooManyPanels: DiagnosticCode = "registry.too-many-panels"

  // Plug-in attachment (errors).

  /// A plug-in host route that names no registered panel.
  public static let registryUnknownPanel: DiagnosticCode = "registry.unknown-panel"
  /// A plug-in host panel that has no subpanels, so PortaBilling shows no place for a plug-in.
  public static let registryHostWithoutSubpanels: DiagnosticCode = "registry.host-without-subpanels"
  /// A routerLink that is not one or more literal path segments.
  public static let registryInvalidRouterLink: DiagnosticCode = "registry.invalid-router-link"
  /// A plug-in route that is already a built-in subpanel.
  public static let registrySubpanelConflict: DiagnosticCode = "registry.subpanel-conflict"
  /// A plug-in route that another plug-in already uses.
  public static let registryPluginConflict: DiagnosticCode = "registry.plugin-conflict"
}
