import Foundation
import PortaDiagnostics

/// An input as bytes, with the diagnostic codes its validator reports for it.
///
/// Manifests, WebCustom option documents and `auth_info` request bodies all
/// come as samples of this shape, so a service's tests can feed each one to
/// its own error paths and compare codes.
public struct FixtureSample: Sendable, Hashable, CustomStringConvertible {
  /// A short name that says what the sample shows, such as `misspelt key`.
  public let name: String
  /// The input's bytes, UTF-8 text unless the sample is about encoding.
  public let bytes: Data
  /// The codes the validator reports, in location order; empty for a valid sample.
  /// Manifests are validated against the default registry.
  public let expectedCodes: [DiagnosticCode]

  /// Creates a sample.
  ///
  /// - Parameters:
  ///   - name: What the sample shows.
  ///   - text: The input's text.
  ///   - expectedCodes: The codes the validator reports, in location order.
  public init(name: String, text: String, expectedCodes: [DiagnosticCode]) {
    self.name = name
    self.bytes = Data(text.utf8)
    self.expectedCodes = expectedCodes
  }

  /// The input's text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The sample's name.
  public var description: String { name }
}

/// A plug-in manifest as bytes, with the codes the manifest validator reports for it.
public typealias ManifestSample = FixtureSample
