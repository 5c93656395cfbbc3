import AuthInfo
import ExternalApps
import Foundation
import PanelRouting
import PluginArchive
import PluginManifest
import PortaDiagnostics
import PortaJSON

/// `porta-plugin check`: the main job.
enum CheckCommand {
  static let specification = CommandSpecification(
    words: ["check"],
    summary: "Validate a plug-in and show what PortaBilling will do with it.",
    positionals: [
      PositionalSpecification(name: "PATH", help: "A plug-in folder (with plugin.json) or a manifest file alone.")
    ],
    options: [
      RouteCommands.registryOption,
      DiagnosticOutput.formatOption,
    ],
    discussion: """
      For a folder, also checks that index.html, main.css and main.js are present and reads the
      WebCustom options in options.txt when it exists. Prints each problem as path:line:column,
      where the panel will appear, the option lines in canonical form and the auth_info field the
      external system will receive, always with the password masked.
      """,
    run: run
  )

  /// The manifest and options file names inside a plug-in folder.
  static let manifestFileName = "plugin.json"
  static let optionsFileName = "options.txt"

  private static func run(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let path = arguments.positionals[0]
    let isFolder = InputFiles.isFolder(path)
    let manifestPath = isFolder ? InputFiles.join(path, manifestFileName) : path
    if isFolder && !FileManager.default.fileExists(atPath: manifestPath) {
      throw UsageError(
        message: "cannot read '\(manifestPath)': no such file; a plug-in folder contains plugin.json, "
          + "index.html, main.css and main.js",
        showsUsage: false
      )
    }

    let registry: PanelRegistry
    var diagnostics: [Diagnostic]
    do {
      (registry, diagnostics) = try RouteCommands.loadRegistry(arguments, console: console)
    } catch let failure as RegistryLoadFailure {
      return RouteCommands.report(failure, arguments: arguments, console: console)
    }
    let manifestBytes = try InputFiles.read(manifestPath, console: console)
    let manifestName = manifestPath == "-" ? "<stdin>" : manifestPath
    let validation = ManifestValidator(registry: registry).validate(manifestBytes, file: manifestName)
    diagnostics += validation.diagnostics

    // A folder must hold the archive's files; its options are optional.
    var loadedOptions: LoadedConfiguration?
    if isFolder {
      diagnostics += PluginFolder.check(URL(fileURLWithPath: path), displayPath: path)
      let optionsPath = InputFiles.join(path, optionsFileName)
      if FileManager.default.fileExists(atPath: optionsPath) {
        let loaded = ExternalAppsConfiguration.load(
          try InputFiles.read(optionsPath, console: console), file: optionsPath)
        diagnostics += loaded.diagnostics
        loadedOptions = loaded
      }
    }

    let report = CheckReport(
      validation: validation,
      registry: registry,
      configuration: loadedOptions?.configuration,
      diagnostics: diagnostics
    )
    if arguments.value("--format") == "json" {
      console.write(JSONWriter.string(report.json) + "\n")
    } else {
      console.write(report.text)
    }
    return DiagnosticOutput.status(diagnostics)
  }
}

/// The findings of one `check` run, printable as text or JSON.
struct CheckReport {
  var validation: ManifestValidation
  var registry: PanelRegistry
  var configuration: ExternalAppsConfiguration?
  var diagnostics: [Diagnostic]
  /// The canonical option lines with every secret masked, or empty without applications.
  let maskedOptionLines: [String]
  /// The request body each application with credentials receives, password masked.
  let maskedAuthInfoBodies: [(application: String, body: String)]

  init(
    validation: ManifestValidation,
    registry: PanelRegistry,
    configuration: ExternalAppsConfiguration?,
    diagnostics: [Diagnostic]
  ) {
    self.validation = validation
    self.registry = registry
    self.configuration = configuration
    self.diagnostics = diagnostics

    // Mask once; both the text and the JSON report print the same lines and bodies.
    let masked = Self.masking(configuration)
    let lines = masked.flatMap { try? OptionsWriter().render($0) } ?? ""
    self.maskedOptionLines = lines.split(separator: "\n").map(String.init)
    self.maskedAuthInfoBodies = (masked?.applications ?? []).compactMap { application in
      AuthInfo(application: application).map { (application.name, $0.requestBody) }
    }
  }

  /// The titles from the entity down to the host panel, such as `["Customer", "General info"]`.
  var hostTitles: [String] {
    guard let host = validation.hostPanel else { return [] }
    var titles = [host.title]
    var current = host.pattern
    while let parent = registry.parent(of: current) {
      titles.insert(parent.title, at: 0)
      current = parent.pattern
    }
    return titles
  }

  /// Returns the applications with every secret replaced by the mask: the password,
  /// and any other option whose key looks like one (`PASSWORD`, `Passwrd`, `ApiToken`).
  static func masking(_ configuration: ExternalAppsConfiguration?) -> ExternalAppsConfiguration? {
    guard var configuration, !configuration.applications.isEmpty else { return nil }
    for index in configuration.applications.indices {
      if let login = configuration.applications[index].credentials?.login {
        configuration.applications[index].credentials = Credentials(login: login, password: OptionRecord.mask)
      }
      for optionIndex in configuration.applications[index].otherOptions.indices {
        let option = configuration.applications[index].otherOptions[optionIndex]
        configuration.applications[index].otherOptions[optionIndex].value = OptionRecord.displayValue(
          of: option.value,
          forKey: option.key
        )
      }
    }
    return configuration
  }

  var text: String {
    var sections: [String] = []
    if !diagnostics.isEmpty {
      sections.append(DiagnosticOutput.text(diagnostics))
    }

    if let manifest = validation.manifest, let host = validation.hostPanel {
      let route = validation.fullRoute ?? manifest.fullRoute
      var output = "Plug-in panel:\n"
      output += "  \"\(manifest.linkLabel)\" appears under \(hostTitles.joined(separator: " > "))\n"
      output += "  entity:     \(host.pattern.entity ?? "-")\n"
      output += "  host route: \(host.route)\n"
      output += "  route:      \(route)\n"
      output += "  width:      \(manifest.panelSize) standard panel \(manifest.panelSize == 1 ? "width" : "widths")\n"
      sections.append(output)
    }

    if !maskedOptionLines.isEmpty {
      sections.append(
        "WebCustom options (canonical form, password masked):\n"
          + maskedOptionLines.map { "  \($0)\n" }.joined()
      )
    }
    let bodies = maskedAuthInfoBodies
    if !bodies.isEmpty {
      sections.append(
        "auth_info the external system receives (password masked):\n"
          + bodies.map { "  \($0.application): \($0.body)\n" }.joined()
      )
    }
    sections.append(DiagnosticOutput.summary(diagnostics) + "\n")
    return sections.joined(separator: "\n")
  }

  var json: JSONValue {
    var members = DiagnosticOutput.jsonMembers(diagnostics)
    members.append(JSONMember(key: "manifest", value: validation.manifest?.jsonValue ?? .null))

    var panel: JSONValue = .null
    if let manifest = validation.manifest, let host = validation.hostPanel {
      let titles = hostTitles
      panel = [
        "entity": host.pattern.entity.map(JSONValue.string) ?? .null,
        "entityTitle": titles.first.map(JSONValue.string) ?? .null,
        "hostRoute": .string(host.route),
        "hostTitle": .string(host.title),
        "hostTitles": .array(titles.map(JSONValue.string)),
        "route": .string(validation.fullRoute ?? manifest.fullRoute),
        "label": .string(manifest.linkLabel),
        "panelSize": .number(JSONNumber(manifest.panelSize)),
      ]
    }
    members.append(JSONMember(key: "panel", value: panel))

    members.append(
      JSONMember(
        key: "options",
        value: .array(maskedOptionLines.map(JSONValue.string))
      )
    )
    members.append(
      JSONMember(key: "applications", value: configuration.map(OptionsCommands.applicationsJSON) ?? .array([]))
    )
    members.append(
      JSONMember(
        key: "authInfo",
        value: .array(
          maskedAuthInfoBodies.map { ["application": .string($0.application), "body": .string($0.body)] }
        )
      )
    )
    return .object(JSONObject(members))
  }
}
