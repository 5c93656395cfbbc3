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
  /// - Returns: The registry and the registry file's diagnostics (warnings only).
  /// - Throws: ``RegistryLoadFailure`` with the file's diagnostics when it has errors,
  ///   and ``UsageError`` when it cannot be read.
  static func loadRegistry(
    _ arguments: ParsedArguments,
    console: any Console
  ) throws -> (registry: PanelRegistry, diagnostics: [Diagnostic]) {
    guard let path = arguments.value("--registry") else { return (PanelRegistry.default, []) }
    let bytes = try InputFiles.read(path, console: console)
    let loaded = PanelRegistry.load(from: bytes, file: path)
    guard let registry = loaded.registry else {
      throw RegistryLoadFailure(path: path, diagnostics: loaded.diagnostics)
    }
    return (registry, loaded.diagnostics)
  }

  /// Reports a registry file that cannot be used: its diagnostics on standard
  /// output (as one JSON object with `--format json`), then an error line.
  static func report(_ failure: RegistryLoadFailure, arguments: ParsedArguments, console: any Console) -> ExitStatus {
    if arguments.value("--format") == "json" {
      console.write(JSONWriter.string(.object(JSONObject(DiagnosticOutput.jsonMembers(failure.diagnostics)))) + "\n")
    } else {
      console.write(DiagnosticOutput.text(failure.diagnostics))
    }
    let errors = failure.diagnostics.errorCount
    console.writeError(
      "error: cannot use the registry '\(failure.path)': it has \(errors) \(errors == 1 ? "error" : "errors")\n"
    )
    return .usageOrInputFailure
  }

  private static func runMatch(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let registry: PanelRegistry
    do {
      let loaded = try loadRegistry(arguments, console: console)
      console.writeError(DiagnosticOutput.text(loaded.diagnostics))
      registry = loaded.registry
    } catch let failure as RegistryLoadFailure {
      return report(failure, arguments: arguments, console: console)
    }
    let path = arguments.positionals[0]
    let options: MatchOptions = arguments.isSet("--case-insensitive") ? .caseInsensitive : .caseSensitive
    guard let found = registry.match(path, options: options) else {
      console.writeError("error: " + noMatchMessage(for: path, registry: registry, options: options) + "\n")
      return .inputHasErrors
    }
    console.write(JSONWriter.string(found.jsonValue) + "\n")
    return .success
  }

  private static func runList(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let registry: PanelRegistry
    do {
      let loaded = try loadRegistry(arguments, console: console)
      console.writeError(DiagnosticOutput.text(loaded.diagnostics))
      registry = loaded.registry
    } catch let failure as RegistryLoadFailure {
      return report(failure, arguments: arguments, console: console)
    }
    console.write(registry.treeDescription())
    return .success
  }

  /// Explains why nothing matched: invalid percent-encoding, letter case, or the nearest panels.
  static func noMatchMessage(for path: String, registry: PanelRegistry, options: MatchOptions) -> String {
    let printedPath = path.count > 200 ? String(path.prefix(200)) + "…" : path
    var message = "no panel matches '\(printedPath)'"
    if hasInvalidPercentEncoding(path) {
      return message + "; it has invalid percent-encoding (a '%' must be followed by two hexadecimal digits)"
    }
    if !options.isCaseInsensitive, registry.match(path, options: .caseInsensitive) != nil {
      return message + "; it matches if letter case is ignored, so check the case or add --case-insensitive"
    }
    let suggestions = registry.suggestions(forPath: path)
    if !suggestions.isEmpty {
      message += "; did you mean " + suggestions.map { "'\($0.route)'" }.joined(separator: " or ") + "?"
    }
    return message
  }

  /// Returns whether the path part (before `?` or `#`) has a `%` not followed by two hex digits.
  static func hasInvalidPercentEncoding(_ path: String) -> Bool {
    let bytes = Array(path.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") })
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%") {
        guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit else { return true }
        index += 3
      } else {
        index += 1
      }
    }
    return false
  }
}

/// A `--registry` file with errors, carrying its diagnostics for the report.
struct RegistryLoadFailure: Error {
  var path: String
  var diagnostics: [Diagnostic]
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
  }
}
