import PanelRouting
import PortaDiagnostics

extension PluginManifest {
  /// Validates one manifest and returns only its diagnostics.
  ///
  /// This is ``ManifestValidator/validate(_:file:)`` for callers that need
  /// neither the decoded model nor a validator they reuse.
  ///
  /// - Parameters:
  ///   - bytes: The manifest's UTF-8 JSON text (`Data` or `[UInt8]`).
  ///   - registry: The panels PortaBilling has.
  ///   - options: The limits and thresholds; ``ManifestValidator/Options/default`` unless given.
  /// - Returns: Every diagnostic, ordered by location; empty for a manifest without problems.
  /// - Complexity: O(n) in the size of the input.
  public static func validate(
    _ bytes: some Collection<UInt8>,
    registry: PanelRegistry,
    options: ManifestValidator.Options = .default
  ) -> [Diagnostic] {
    ManifestValidator(registry: registry, options: options).validate(bytes).diagnostics
  }
}
