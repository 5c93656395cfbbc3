import PortaDiagnostics

/// WebCustom option documents, valid and with the mistakes operators make, and
/// the codes `ExternalAppsConfiguration.load(_:)` reports for each.
public enum OptionsSamples {
  /// The documented configuration of one application with credentials.
  public static let valid = FixtureSample(
    name: "documented example",
    text: """
      [ExternalApps]Extras=contracts
      [contracts]ServerUrl=https://mybilling.com
      [contracts]Login=portabilling
      [contracts]Password=Example-Only-Change-Me

      """,
    expectedCodes: []
  )

  /// Documents with one mistake each.
  public static let invalid: [FixtureSample] = [
    FixtureSample(
      name: "empty section copied from the documentation",
      text: "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n[]Login=u\n",
      expectedCodes: ["options.empty-section"]
    ),
    FixtureSample(
      name: "placeholder copied from the documentation",
      text: "[ExternalApps]Extras=<application_name>\n",
      expectedCodes: ["options.documentation-placeholder"]
    ),
    FixtureSample(
      name: "application without ServerUrl",
      text: "[ExternalApps]Extras=contracts\n[contracts]Login=u\n[contracts]Password=p\n",
      expectedCodes: ["options.missing-server-url"]
    ),
    FixtureSample(
      name: "login without password",
      text: "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n[contracts]Login=u\n",
      expectedCodes: ["options.incomplete-credentials"]
    ),
    FixtureSample(
      name: "credentials inside the URL",
      text: "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://u:p@mybilling.com\n",
      expectedCodes: ["options.credentials-in-url"]
    ),
    FixtureSample(
      name: "plain http",
      text: "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=http://mybilling.com\n",
      expectedCodes: ["options.insecure-server-url"]
    ),
    FixtureSample(
      name: "misspelt key",
      text: "[ExternalApps]Extras=contracts\n[contracts]ServerURL=https://mybilling.com\n",
      expectedCodes: ["options.missing-server-url", "options.unknown-key"]
    ),
    FixtureSample(
      name: "line without brackets",
      text: "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\nLogin=u\n",
      expectedCodes: ["options.missing-open-bracket"]
    ),
  ]

  /// The valid sample followed by the invalid ones.
  public static var all: [FixtureSample] { [valid] + invalid }
}
