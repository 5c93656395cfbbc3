import Foundation
import PortaDiagnostics

extension ExternalApp {
  /// Parses a `ServerUrl` value with the rules that validation applies, for input that
  /// does not come from a document, such as a command-line argument.
  ///
  /// The value must be an absolute `http` or `https` URL with a host and without a user
  /// name or password. `http` is accepted with an `options.insecure-server-url` warning.
  ///
  /// - Parameters:
  ///   - value: The URL as the user wrote it.
  ///   - application: The application's name, used in messages as `[application]ServerUrl`.
  /// - Returns: The URL, or `nil` when there is an error, and the diagnostics without locations.
  /// - Complexity: O(n) in the length of `value`.
  public static func parseServerURL(
    _ value: String, application: String
  ) -> (url: URL?, diagnostics: [Diagnostic]) {
    let checked = ServerURLCheck.check(value, field: "[\(application)]\(KnownKeys.serverURL)", offset: 0)
    let diagnostics = checked.findings.map { Diagnostic($0.severity, code: $0.code, message: $0.message) }
    return (checked.url, diagnostics)
  }
}
