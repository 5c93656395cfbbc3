import ExternalApps
import Foundation
import PortaDiagnostics
import PortaJSON

/// `porta-plugin options check` and `porta-plugin options render`.
enum OptionsCommands {
  static let showSecretsOption = OptionSpecification(
    name: "--show-secrets",
    help: "Prints passwords in clear text instead of ********."
  )

  static let check = CommandSpecification(
    words: ["options", "check"],
    summary: "Check WebCustom option lines ([section]Key=value) and list the applications.",
    positionals: [PositionalSpecification(name: "FILE", help: "The options file, or - for standard input.")],
    options: [DiagnosticOutput.formatOption, showSecretsOption],
    run: runCheck
  )

  static let render = CommandSpecification(
    words: ["options", "render"],
    summary: "Print the option lines for one external application.",
    options: [
      OptionSpecification(
        name: "--app",
        valueName: "NAME",
        help: "Sets the application's name (its section).",
        isRequired: true
      ),
      OptionSpecification(
        name: "--server-url",
        valueName: "URL",
        help: "Sets ServerUrl, where PortaBilling sends POST requests (https://...).",
        isRequired: true
      ),
      OptionSpecification(name: "--login", valueName: "LOGIN", help: "Sets Login; needs --password-stdin."),
      OptionSpecification(name: "--password-stdin", help: "Reads Password from standard input; needs --login."),
      showSecretsOption,
    ],
    discussion: """
      The password is printed as ******** unless --show-secrets is given, so the output is safe in logs.
      Example: printf '%s' "$PASSWORD" | porta-plugin options render --app contracts \\
               --server-url https://mybilling.com --login portabilling --password-stdin --show-secrets
      """,
    run: runRender
  )

  private static func runCheck(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let path = arguments.positionals[0]
    let data = try InputFiles.read(path, console: console)
    let file = path == "-" ? "<stdin>" : path
    let loaded = ExternalAppsConfiguration.load(data, file: file)
    let diagnostics = loaded.diagnostics
    let showsSecrets = arguments.isSet("--show-secrets")
    let records = loaded.document.options()

    if arguments.value("--format") == "json" {
      var members = DiagnosticOutput.jsonMembers(diagnostics)
      members.append(JSONMember(key: "options", value: optionsJSON(records, showsSecrets: showsSecrets)))
      members.append(JSONMember(key: "applications", value: applicationsJSON(loaded.configuration)))
      console.write(JSONWriter.string(.object(JSONObject(members))) + "\n")
      return DiagnosticOutput.status(diagnostics)
    }

    console.write(DiagnosticOutput.text(diagnostics))
    console.write(applicationsText(loaded.configuration, showsSecrets: showsSecrets))
    console.write(DiagnosticOutput.summary(diagnostics) + "\n")
    return DiagnosticOutput.status(diagnostics)
  }

  private static func runRender(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let command = render
    guard let name = arguments.value("--app") else {
      throw UsageError(message: "missing --app NAME: the application's name", command: command)
    }
    guard let serverURL = arguments.value("--server-url") else {
      throw UsageError(message: "missing --server-url URL: where PortaBilling sends requests", command: command)
    }
    let login = arguments.value("--login")
    let readsPassword = arguments.isSet("--password-stdin")
    if login != nil && !readsPassword {
      throw UsageError(message: "--login needs --password-stdin; pipe the password in", command: command)
    }
    if readsPassword && login == nil {
      throw UsageError(message: "--password-stdin needs --login", command: command)
    }

    let parsed = ExternalApp.parseServerURL(serverURL, application: name)
    let diagnostics = parsed.diagnostics.map { $0.inFile("--server-url") }
    console.writeError(DiagnosticOutput.text(diagnostics))
    guard let url = parsed.url else { return .inputHasErrors }

    let credentials = try login.map { Credentials(login: $0, password: try SecretInput.readPassword(console: console)) }
    let configuration = ExternalAppsConfiguration(
      applications: [ExternalApp(name: name, serverURL: url, credentials: credentials)]
    )
    let text: String
    do {
      text = try OptionsWriter().render(configuration)
    } catch {
      throw UsageError(message: error.description, command: command)
    }

    if arguments.isSet("--show-secrets") || credentials == nil {
      console.write(text)
    } else {
      // Re-read the canonical text so only the Password line's value is replaced.
      let records = OptionsDocument.parse(Array(text.utf8)).document.options()
      console.write(records.map { "[\($0.section)]\($0.key)=\($0.maskedValue)\n" }.joined())
      console.writeError("note: the password is masked; add --show-secrets to print the lines to paste\n")
    }
    return .success
  }

  /// Returns the option lines as JSON objects with `line`, `section`, `key` and `value`.
  static func optionsJSON(_ records: [OptionRecord], showsSecrets: Bool) -> JSONValue {
    .array(
      records.map { record in
        [
          "line": .number(JSONNumber(record.line)),
          "section": .string(record.section),
          "key": .string(record.key),
          "value": .string(record.value(showingSecrets: showsSecrets)),
        ]
      }
    )
  }

  /// Returns the applications as JSON objects with `name`, `serverUrl`, `login` and `hasPassword`.
  static func applicationsJSON(_ configuration: ExternalAppsConfiguration) -> JSONValue {
    .array(
      configuration.applications.map { application in
        [
          "name": .string(application.name),
          "serverUrl": .string(application.serverURL.absoluteString),
          "login": application.credentials.map { .string($0.login) } ?? .null,
          "hasPassword": .bool(!(application.credentials?.password.isEmpty ?? true)),
        ]
      }
    )
  }

  /// Returns the applications as indented text, passwords masked unless `showsSecrets` is set.
  static func applicationsText(_ configuration: ExternalAppsConfiguration, showsSecrets: Bool = false) -> String {
    guard !configuration.applications.isEmpty else { return "No external applications configured.\n" }
    var text = "External applications:\n"
    for application in configuration.applications {
      text += "  \(application.name)\n"
      text += "    ServerUrl: \(application.serverURL.absoluteString)\n"
      if let credentials = application.credentials {
        text += "    Login:     \(credentials.login)\n"
        let passwordText = showsSecrets ? credentials.password : "set (masked)"
        text += "    Password:  \(credentials.password.isEmpty ? "(empty)" : passwordText)\n"
      } else {
        text += "    Credentials: none (no auth_info is sent)\n"
      }
      for option in application.otherOptions {
        text += "    " + (showsSecrets ? "\(option.key)=\(option.value)" : option.description) + "\n"
      }
    }
    return text
  }
}
