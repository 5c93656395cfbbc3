import Foundation
import PortaDiagnostics

/// The `porta-plugin` command-line tool.
///
/// `run(arguments:console:)` is the whole tool: the executable passes the
/// process's arguments and streams, and tests pass a ``RecordingConsole``.
public enum PortaPluginTool {
  /// The tool's version, printed by `--version`.
  public static let version = "0.1.0"

  /// Every command, in the order the overview lists them.
  static let commands: [CommandSpecification] = [
    CheckCommand.specification,
    PackCommands.pack,
    PackCommands.check,
    RouteCommands.match,
    RouteCommands.list,
    OptionsCommands.check,
    OptionsCommands.render,
    AuthInfoCommands.build,
    AuthInfoCommands.decode,
  ]

  /// Runs one command line.
  ///
  /// - Parameters:
  ///   - arguments: The words after the tool's name.
  ///   - console: Where to read input and write output.
  /// - Returns: The exit status: 0 success, 1 the input has errors, 2 usage
  ///   error or unreadable input.
  public static func run(arguments: [String], console: any Console) -> ExitStatus {
    // `--version` and `--help` work everywhere, before anything else is checked.
    let command = selectCommand(for: arguments)
    let rest = Array(arguments.dropFirst(command?.words.count ?? 0))
    let optionWords = rest.prefix { $0 != "--" }
    if optionWords.contains("--version") {
      console.write("porta-plugin \(version)\n")
      return .success
    }
    if optionWords.contains("--help") || optionWords.contains("-h") || arguments.isEmpty
      || (command == nil && arguments.first == "help")
    {
      console.write(command?.help ?? overview)
      return .success
    }

    guard let command else {
      return fail(with: unknownCommandError(arguments), console: console)
    }
    if command.positionals.isEmpty, let word = rest.first,
      let error = misspeltSubcommandError(typed: command.words + [word])
    {
      return fail(with: error, console: console)
    }
    do {
      let parsed = try ArgumentParser.parse(rest, for: command)
      return try command.run(parsed, console)
    } catch let error as UsageError {
      return fail(with: error, console: console)
    } catch {
      return fail(with: UsageError(message: "\(error)", command: command, showsUsage: false), console: console)
    }
  }

  /// Finds the command whose words begin `arguments`, longest match first.
  static func selectCommand(for arguments: [String]) -> CommandSpecification? {
    commands
      .filter { Array(arguments.prefix($0.words.count)) == $0.words }
      .max { $0.words.count < $1.words.count }
  }

  /// The help printed by `porta-plugin --help`.
  static var overview: String {
    var lines = [
      "porta-plugin: check, inspect and build PortaBilling UI plug-ins.",
      "",
      "Usage: porta-plugin COMMAND [ARGUMENTS] [OPTIONS]",
      "",
      "Commands:",
    ]
    let width = commands.map(\.displayName.count).max() ?? 0
    for command in commands {
      lines.append("  " + command.displayName.padding(to: width) + "  " + command.summary)
    }
    lines += [
      "",
      "Run 'porta-plugin COMMAND --help' for a command's arguments and options.",
      "Exit status: 0 no errors, 1 the input has errors, 2 usage error or unreadable input.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func unknownCommandError(_ arguments: [String]) -> UsageError {
    let typed = arguments.first ?? ""
    if typed.hasPrefix("-") {
      return UsageError(message: "unknown option '\(typed)'; options follow a command", command: nil)
    }
    let group = commands.filter { $0.words.count > 1 && $0.words[0] == typed }
    if !group.isEmpty {
      if arguments.count > 1, let error = misspeltSubcommandError(typed: Array(arguments.prefix(2))) {
        return error
      }
      let names = group.map { $0.words[1] }.joined(separator: " or ")
      return UsageError(message: "'\(typed)' needs a command: \(names)", command: nil)
    }
    var message = "unknown command '\(typed)'"
    let names = Set(commands.map { $0.words[0] })
    if let suggestion = Suggestions.closest(to: typed, in: names.sorted()).first {
      message += "; did you mean '\(suggestion)'?"
    }
    return UsageError(message: message, command: nil)
  }

  /// Returns an error suggesting a longer command when `typed` (two words) is a
  /// close misspelling of one, such as `auth-info decod` for `auth-info decode`.
  static func misspeltSubcommandError(typed: [String]) -> UsageError? {
    guard typed.count == 2, !typed[1].hasPrefix("-") else { return nil }
    let siblings = commands.filter { $0.words.count == 2 && $0.words[0] == typed[0] }
    guard let suggestion = Suggestions.closest(to: typed[1], in: siblings.map { $0.words[1] }).first else {
      return nil
    }
    return UsageError(
      message: "unknown command '\(typed.joined(separator: " "))'; did you mean '\(typed[0]) \(suggestion)'?",
      command: nil
    )
  }

  private static func fail(with error: UsageError, console: any Console) -> ExitStatus {
    var text = "error: \(error.message)\n"
    if error.showsUsage {
      if let command = error.command {
        text += "Usage: \(command.usage)\nSee 'porta-plugin \(command.displayName) --help'.\n"
      } else {
        text += "See 'porta-plugin --help'.\n"
      }
    }
    console.writeError(text)
    return .usageOrInputFailure
  }
}
