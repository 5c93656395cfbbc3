import Foundation
import PortaDiagnostics

/// Checks a `ServerUrl` value: an absolute `http` or `https` URL with a host and no user information.
enum ServerURLCheck {
  /// Returns the URL when it is usable and the findings about it, located at `offset`.
  ///
  /// - Parameters:
  ///   - value: The `ServerUrl` value as written.
  ///   - field: The option as `[section]ServerUrl`, for messages.
  ///   - offset: The value's byte offset in the document.
  static func check(_ value: String, field: String, offset: Int) -> (url: URL?, findings: [Finding]) {
    let example = "as in `https://mybilling.com`"
    func error(_ code: DiagnosticCode, _ message: String) -> Finding {
      Finding(severity: .error, code: code, message: message, offset: offset)
    }

    guard !value.isEmpty else {
      return (
        nil, [error(.optionsInvalidServerURL, "`\(field)` is empty. Set it to the application's address, \(example).")]
      )
    }
    // A value with `@`, a query or a fragment may carry a password or token,
    // so messages then leave the value out.
    let mayCarrySecret = value.contains { "@?#=".contains($0) }
    let quotedValue = mayCarrySecret ? "" : " `\(value)`"
    guard let url = parseURL(value) else {
      var message = "`\(field)`\(quotedValue) is not a valid URL."
      if value.first?.isWhitespace == true || value.last?.isWhitespace == true {
        message += " Remove the blanks around it."
      } else {
        message += " Write an absolute address, \(example)."
      }
      return (nil, [error(.optionsInvalidServerURL, message)])
    }

    var findings: [Finding] = []
    if url.user != nil || url.password != nil {
      let section = field.dropLast(KnownKeys.serverURL.count)
      let message =
        "`\(field)` contains a user name or password. Remove them from the URL and set "
        + "`\(section)\(KnownKeys.login)` and `\(section)\(KnownKeys.password)` instead."
      findings.append(error(.optionsCredentialsInURL, message))
    }

    let scheme = url.scheme?.lowercased()
    switch scheme {
    case nil:
      findings.append(
        error(
          .optionsInvalidServerURL, "`\(field)`\(quotedValue) has no scheme. Write an absolute address, \(example)."))
    case "http", "https":
      break
    case let other?:
      let message =
        "`\(field)` uses the scheme `\(other)`, but only `https` and `http` are supported. Write an address \(example)."
      findings.append(error(.optionsInvalidServerURL, message))
    }
    if scheme != nil && (url.host ?? "").isEmpty {
      findings.append(
        error(.optionsInvalidServerURL, "`\(field)`\(quotedValue) has no host. Write an absolute address, \(example)."))
    }

    if findings.contains(where: { $0.severity == .error }) {
      return (nil, findings)
    }
    if scheme == "http" {
      let message =
        "`\(field)` uses `http`, so the login and password travel in clear text. "
        + "Use `https` if the server supports it."
      findings.append(Finding(severity: .warning, code: .optionsInsecureServerURL, message: message, offset: offset))
    }
    return (url, findings)
  }

  /// Parses `value` without percent-encoding invalid characters, so `https://my billing.com` is rejected.
  static func parseURL(_ value: String) -> URL? {
    if #available(macOS 14, iOS 17, tvOS 17, watchOS 10, *) {
      return URL(string: value, encodingInvalidCharacters: false)
    }
    // Before macOS 14, `URL(string:)` rejects invalid characters by itself.
    return URL(string: value)
  }
}
