import Foundation
import PanelRouting
import PortaDiagnostics
import PortaJSON

/// `porta-plugin route match` and `porta-plugin route list`.
enum RouteCommands {
  static let registryOption = OptionSpecification(
    name: "--registry",
    valueName: "FILE",
    help: "Sets the panel registry file ({\"panels\":[{\"route\":..,\"title\":..}]}); default: the built-in one."
  )

  static let match = CommandSpecification(
    words: ["route", "match"],
    summary: "Find the panel a concrete path such as /customer/4711/general_info belongs to.",
    positionals: [PositionalSpecification(name: "PATH", help: "The path to match; a query or fragment is ignored.")],
    options: [
      registryOption,
      OptionSpecification(name: "--case-insensitive", help: "Matches literal segments ignoring case."),
    ],
    discussion: "Prints {\"route\":..,\"title\":..,\"parameters\":{..}}; exits 1 when no panel matches.",
    run: runMatch
  )

  static let list = CommandSpecification(
    words: ["route", "list"],
    summary: "Print the panel tree, marking the panels that can host plug-ins.",
    options: [registryOption],
    run: runList
  )

  /// Loads the registry named by `--registry`, or returns the built-in one.
  ///
  /// - Throws: ``UsageError`` after printing the file's diagnostics when it cannot be used.
  static func loadRegistry(_ arguments: ParsedArguments, console: any Console) throws -> PanelRegistry {
    guard let path = arguments.value("--registry") else { return PanelRegistry.default }
    let bytes = try InputFiles.read(path, console: console)
    let loaded = PanelRegistry.load(from: bytes, file: path)
    console.writeError(DiagnosticOutput.text(loaded.diagnostics))
    guard let registry = loaded.registry else {
      throw UsageError(
        message: "cannot use the registry '\(path)': it has \(loaded.diagnostics.errorCount) errors (listed above)",
        showsUsage: false
      )
    }
    return registry
  }

  private static func runMatch(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let registry = try loadRegistry(arguments, console: console)
    let path = arguments.positionals[0]
    let options: MatchOptions = arguments.isSet("--case-insensitive") ? .caseInsensitive : .caseSensitive
    guard let found = registry.match(path, options: options) else {
      var message = "no panel matches '\(path)'"
      let suggestions = registry.suggestions(forPath: path)
      if !suggestions.isEmpty {
        message += "; did you mean " + suggestions.map { "'\($0.route)'" }.joined(separator: " or ") + "?"
      }
      console.writeError(message + "\n")
      return .inputHasErrors
    }
    console.write(JSONWriter.string(found.jsonValue) + "\n")
    return .success
  }

  private static func runList(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let registry = try loadRegistry(arguments, console: console)
    console.write(registry.treeDescription())
    return .success
  }
}
