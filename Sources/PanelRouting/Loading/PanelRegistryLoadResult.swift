import PortaDiagnostics

/// The outcome of loading a registry file: the registry, or the problems that prevent it.
public struct PanelRegistryLoadResult: Sendable {
  /// The registry, or `nil` when ``diagnostics`` contains an error.
  public let registry: PanelRegistry?
  /// Every problem found, errors and warnings, with file, line and column where known.
  public let diagnostics: [Diagnostic]
}
