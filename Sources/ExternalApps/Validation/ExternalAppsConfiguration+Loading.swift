import Foundation
import PortaDiagnostics

extension ExternalAppsConfiguration {
  /// Reads the applications from a parsed document and validates them.
  ///
  /// The applications are those that `[ExternalApps]Extras` lists. An
  /// application with an error (no section, no `ServerUrl`, an unusable URL,
  /// `Login` without `Password` or the reverse) is reported and left out. Sections
  /// and keys are case-sensitive, and of repeated options the last line wins.
  ///
  /// - Parameter document: A document from `OptionsDocument.parse(_:limits:)`.
  /// - Returns: The valid applications and the validation diagnostics, which do not repeat the
  ///   document's syntax diagnostics.
  /// - Complexity: O(n) in the document size, plus O(k) suggestion work per unknown key.
  public static func load(
    from document: OptionsDocument
  ) -> (configuration: ExternalAppsConfiguration, diagnostics: [Diagnostic]) {
    var validator = ConfigurationValidator(document: document)
    let configuration = validator.validate()
    return (configuration, validator.diagnostics())
  }

  /// Parses bytes and reads the applications, with syntax and validation diagnostics together.
  ///
  /// - Parameters:
  ///   - bytes: The document as UTF-8 bytes.
  ///   - limits: The maximum line length and document size.
  ///   - file: The file name to put in the diagnostics, if any.
  /// - Returns: The document, the valid applications and all diagnostics ordered by location.
  /// - Complexity: O(n) in the document size.
  public static func load(
    _ bytes: [UInt8],
    limits: OptionsLimits = .default,
    file: String? = nil
  ) -> LoadedConfiguration {
    let parsed = OptionsDocument.parse(bytes, limits: limits)
    let loaded = load(from: parsed.document)
    let diagnostics = (parsed.diagnostics + loaded.diagnostics).sortedByLocation().map { $0.inFile(file) }
    return LoadedConfiguration(document: parsed.document, configuration: loaded.configuration, diagnostics: diagnostics)
  }

  /// Parses data and reads the applications, with syntax and validation diagnostics together.
  ///
  /// - Parameters:
  ///   - data: The document as UTF-8 data.
  ///   - limits: The maximum line length and document size.
  ///   - file: The file name to put in the diagnostics, if any.
  /// - Returns: The document, the valid applications and all diagnostics ordered by location.
  /// - Complexity: O(n) in the document size.
  public static func load(_ data: Data, limits: OptionsLimits = .default, file: String? = nil) -> LoadedConfiguration {
    load([UInt8](data), limits: limits, file: file)
  }

  /// Parses text and reads the applications, with syntax and validation diagnostics together.
  ///
  /// - Parameters:
  ///   - text: The document.
  ///   - limits: The maximum line length and document size.
  ///   - file: The file name to put in the diagnostics, if any.
  /// - Returns: The document, the valid applications and all diagnostics ordered by location.
  /// - Complexity: O(n) in the document size.
  public static func load(_ text: String, limits: OptionsLimits = .default, file: String? = nil) -> LoadedConfiguration
  {
    load(Array(text.utf8), limits: limits, file: file)
  }
}
