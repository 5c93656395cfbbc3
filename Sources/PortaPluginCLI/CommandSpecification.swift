/// One option a command accepts, as a row of the command's option table.
struct OptionSpecification: Sendable {
  /// The option as typed, such as `--registry`.
  var name: String
  /// The placeholder for the option's value in help text, or `nil` for a flag.
  var valueName: String?
  /// The values the option accepts, or empty when any value is accepted.
  var allowedValues: [String] = []
  /// The help text: what the option sets, and in what unit.
  var help: String
  /// Whether the command cannot run without the option; usage lines show it without brackets.
  var isRequired = false

  /// Whether the option is a flag that takes no value.
  var isFlag: Bool { valueName == nil }
}

/// One positional argument a command takes.
struct PositionalSpecification: Sendable {
  /// The placeholder in usage lines, such as `PATH`.
  var name: String
  /// The help text describing the argument.
  var help: String
}

/// One command of the tool: its words, help, argument table and handler.
struct CommandSpecification: Sendable {
  /// The words that select the command, such as `["options", "check"]`.
  var words: [String]
  /// A one-line imperative summary ending in a period.
  var summary: String
  /// The positional arguments, all required.
  var positionals: [PositionalSpecification] = []
  /// The options, in the order help lists them.
  var options: [OptionSpecification] = []
  /// Extra help text printed after the option list.
  var discussion: String? = nil
  /// Runs the command with parsed arguments.
  var run: @Sendable (ParsedArguments, any Console) throws -> ExitStatus

  /// The command as typed after the tool's name, such as `options check`.
  var displayName: String { words.joined(separator: " ") }

  /// The usage line, such as `porta-plugin check PATH [--registry FILE]`.
  var usage: String {
    var parts = ["porta-plugin"] + words + positionals.map(\.name)
    for option in options {
      var word = option.name
      if let valueName = option.valueName {
        word += " " + (option.allowedValues.isEmpty ? valueName : option.allowedValues.joined(separator: "|"))
      }
      parts.append(option.isRequired ? word : "[\(word)]")
    }
    return parts.joined(separator: " ")
  }

  /// The full help text printed by `--help`.
  var help: String {
    var lines = [summary, "", "Usage: \(usage)"]
    if !positionals.isEmpty {
      lines += ["", "Arguments:"]
      let width = positionals.map(\.name.count).max() ?? 0
      for positional in positionals {
        lines.append("  " + positional.name.padding(to: width) + "  " + positional.help)
      }
    }
    lines += ["", "Options:"]
    let rows =
      options.map { option in
        (option.name + (option.valueName.map { " " + $0 } ?? ""), option.help)
      } + [("--help", "Prints this help and exits."), ("--version", "Prints the tool's version and exits.")]
    let width = rows.map(\.0.count).max() ?? 0
    for row in rows {
      lines.append("  " + row.0.padding(to: width) + "  " + row.1)
    }
    if let discussion {
      lines += ["", discussion]
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// The arguments of one command line after parsing.
struct ParsedArguments: Sendable {
  /// The positional arguments in order.
  var positionals: [String] = []
  /// The value of each option that takes one, by option name.
  var values: [String: String] = [:]
  /// The flags that were given.
  var flags: Set<String> = []

  /// Returns the value of `option`, or `nil` when it was not given.
  func value(_ option: String) -> String? { values[option] }

  /// Returns whether `flag` was given.
  func isSet(_ flag: String) -> Bool { flags.contains(flag) }
}

extension String {
  /// Pads the string with spaces to `width` characters.
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
