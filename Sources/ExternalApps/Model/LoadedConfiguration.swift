import PortaDiagnostics

/// A document read as a configuration, with every syntax and validation diagnostic.
public struct LoadedConfiguration: Sendable {
  /// The lossless document.
  public var document: OptionsDocument
  /// The valid applications. An application with an error is left out.
  public var configuration: ExternalAppsConfiguration
  /// Syntax diagnostics followed by validation diagnostics, ordered by location.
  public var diagnostics: [Diagnostic]
}
