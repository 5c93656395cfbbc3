import Foundation

/// One manifest's bytes and the file they came from, for validating a configuration's manifests together.
public struct ManifestDocument: Sendable, Hashable {
  /// The manifest's UTF-8 JSON text.
  public var bytes: Data
  /// The file name to put in diagnostics, if any.
  public var file: String?

  /// Creates a document.
  ///
  /// - Parameters:
  ///   - bytes: The manifest's UTF-8 JSON text.
  ///   - file: The file name to put in diagnostics, if any.
  public init(bytes: Data, file: String? = nil) {
    self.bytes = bytes
    self.file = file
  }
}
