import Foundation
import PanelRouting
import PortaDiagnostics
import PortaJSON

/// Checks plug-in manifests against the format's rules and a panel registry, reporting every problem with its place.
///
/// One call reads the JSON once with ``PortaJSON/JSONReader``, which is
/// strict RFC 8259 and reports repeated keys, then checks every field of the
/// located tree. So a single run lists everything to fix, each problem with
/// its severity, stable code, line, column, JSON Pointer and, where obvious,
/// a fix-it.
///
/// ```swift
/// let validator = ManifestValidator(registry: .default)
/// let result = validator.validate(Data(#"{"route":"/customer/:id/general_info"}"#.utf8), file: "plugin.json")
/// for diagnostic in result.diagnostics {
///   print(diagnostic.formatted)
/// }
/// // plugin.json:1:1: error: Required field routerLink is missing. Add "routerLink": "contracts". [manifest.missing-field]
/// // plugin.json:1:1: error: Required field linkLabel is missing. Add "linkLabel": "Contracts". [manifest.missing-field]
/// ```
///
/// Documentation/PluginManifest.md lists every rule and code.
public struct ManifestValidator: Sendable {
  /// The panels PortaBilling has, which route checks look up.
  public let registry: PanelRegistry
  /// The limits and thresholds in force.
  public var options: Options

  /// Creates a validator.
  ///
  /// - Parameters:
  ///   - registry: The panels PortaBilling has.
  ///   - options: The limits and thresholds; ``Options/default`` unless given.
  public init(registry: PanelRegistry, options: Options = .default) {
    self.registry = registry
    self.options = options
  }

  /// Validates one manifest.
  ///
  /// - Parameters:
  ///   - bytes: The manifest's UTF-8 JSON text (`Data` or `[UInt8]`).
  ///   - file: The file name to put in diagnostics, if any.
  /// - Returns: Every diagnostic, ordered by location, and the decoded manifest
  ///   when the document decodes into one.
  /// - Complexity: O(n) in the size of the input. An unknown route adds the
  ///   cost of searching the registry for suggestions.
  public func validate(_ bytes: some Collection<UInt8>, file: String? = nil) -> ManifestValidation {
    let input = (bytes as? [UInt8]) ?? Array(bytes)
    let read = JSONReader(limits: options.readerLimits).read(input, file: file)
    var run = ValidationRun(bytes: input, file: file, registry: registry, options: options)
    run.addReaderDiagnostics(read.diagnostics, root: read.root)
    guard let root = read.root else {
      return ManifestValidation(file: file, diagnostics: run.finish().diagnostics, manifest: nil, hostPanel: nil)
    }
    return run.check(root)
  }
}
