import Foundation
import PortaDiagnostics

extension ConfigurationValidator {
  /// Validates one listed application's section and returns the application when it has no errors.
  mutating func validateApplication(_ section: SectionOptions) -> ExternalApp? {
    let errorsBefore = findings.count { $0.severity == .error }
    let name = section.name
    let hasUnreadableLine = sectionsWithUnreadableLines.contains(name)

    // Unknown keys first, so a missing `ServerUrl` can point at a near miss such as `ServerURL`.
    let unknownKeys = section.keyOrder.filter { !KnownKeys.applicationKeys.contains($0) }
    for key in unknownKeys {
      reportUnknownKey(section.effective[key]!, known: KnownKeys.applicationKeys)
    }

    var serverURL: URL?
    if let record = section.effective[KnownKeys.serverURL] {
      if !DocumentationPlaceholder.isContained(in: record.value) {
        let checked = ServerURLCheck.check(
          record.value, field: "[\(name)]\(KnownKeys.serverURL)", offset: record.valueOffset)
        findings += checked.findings
        serverURL = checked.url
      }
    } else if !hasUnreadableLine {
      reportMissingServerURL(section, unknownKeys: unknownKeys)
    }

    let login = section.effective[KnownKeys.login]
    let password = section.effective[KnownKeys.password]
    switch (login, password) {
    case (_, nil) where hasUnreadableLine, (nil, _) where hasUnreadableLine:
      break
    case (let login?, nil):
      let message =
        "Application `\(name)` has `Login` but no `Password`. "
        + "Add `[\(name)]Password=` with the password, or remove the `Login` line."
      fail(.optionsIncompleteCredentials, at: login.keyOffset, message)
    case (nil, let password?):
      let message =
        "Application `\(name)` has `Password` but no `Login`. "
        + "Add `[\(name)]Login=` with the user name, or remove the `Password` line."
      fail(.optionsIncompleteCredentials, at: password.keyOffset, message)
    default:
      break
    }

    guard let serverURL, !hasUnreadableLine, findings.count(where: { $0.severity == .error }) == errorsBefore else {
      return nil
    }
    var credentials: Credentials?
    if let login, let password {
      credentials = Credentials(login: login.value, password: password.value)
    }
    let otherOptions = unknownKeys.map { ExternalApp.Option(key: $0, value: section.effective[$0]!.value) }
    return ExternalApp(name: name, serverURL: serverURL, credentials: credentials, otherOptions: otherOptions)
  }

  mutating func reportMissingServerURL(_ section: SectionOptions, unknownKeys: [String]) {
    var message =
      "Application `\(section.name)` has no `[\(section.name)]ServerUrl` option. "
      + "Add one, as in `[\(section.name)]ServerUrl=https://mybilling.com`."
    let nearMiss = unknownKeys.first { Suggestions.fold($0) == Suggestions.fold(KnownKeys.serverURL) }
    if let nearMiss, let record = section.effective[nearMiss] {
      message += " Line \(record.line) has `\(nearMiss)`, but keys are case-sensitive."
    }
    fail(.optionsMissingServerURL, at: section.firstRecord.sectionOffset, message)
  }
}
