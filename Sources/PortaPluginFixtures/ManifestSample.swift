import Foundation
import PortaDiagnostics

/// A plug-in manifest as bytes, with the diagnostic codes the manifest validator reports for it.
public struct ManifestSample: Sendable, Hashable, CustomStringConvertible {
  /// A short name that says what the sample shows, such as `misspelt key`.
  public let name: String
  /// The manifest's UTF-8 JSON text.
  public let bytes: Data
  /// The codes the validator reports against the default registry, in location order; empty for a valid sample.
  public let expectedCodes: [DiagnosticCode]

  /// Creates a sample.
  ///
  /// - Parameters:
  ///   - name: What the sample shows.
  ///   - text: The manifest's JSON text.
  ///   - expectedCodes: The codes the validator reports, in location order.
  public init(name: String, text: String, expectedCodes: [DiagnosticCode]) {
    self.name = name
    self.bytes = Data(text.utf8)
    self.expectedCodes = expectedCodes
  }

  /// The manifest's text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The sample's name.
  public var description: String { name }
}
