import PortaDiagnostics

/// Parses a command line against a command's option table.
///
/// Accepted forms: `--name value`, `--name=value`, flags, `--` to end options,
/// and `-` as a positional (standard input). Everything else that starts with
/// `-` is an unknown option.
enum ArgumentParser {
  /// Parses `arguments` (the words after the command's own words).
  ///
  /// - Parameters:
  ///   - arguments: The words to parse.
  ///   - command: The command whose tables apply.
  /// - Returns: The parsed positionals, option values and flags.
  /// - Throws: ``UsageError`` naming the offending word and what to do.
  static func parse(_ arguments: [String], for command: CommandSpecification) throws -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false

    while index < arguments.count {
      let word = arguments[index]
      index += 1

      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        parsed.positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }

      // Split `--name=value` into its two parts.
      var name = word
      var inlineValue: String? = nil
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }

      guard let option = command.options.first(where: { $0.name == name }) else {
        var message = "unknown option '\(name)' for '\(command.displayName)'"
        if let suggestion = Suggestions.closest(to: name, in: command.options.map(\.name)).first {
          message += "; did you mean '\(suggestion)'?"
        }
        throw UsageError(message: message, command: command)
      }
      guard parsed.values[name] == nil, !parsed.flags.contains(name) else {
        throw UsageError(message: "option '\(name)' is given more than once; give it once", command: command)
      }

      if option.isFlag {
        guard inlineValue == nil else {
          throw UsageError(message: "option '\(name)' is a flag and takes no value", command: command)
        }
        parsed.flags.insert(name)
        continue
      }

      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError(
          message: "option '\(name)' needs a value (\(option.valueName ?? "VALUE"))",
          command: command
        )
      }
      if !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
        throw UsageError(
          message: "invalid value '\(value)' for '\(name)'; expected one of: "
            + option.allowedValues.joined(separator: ", "),
          command: command
        )
      }
      parsed.values[name] = value
    }

    if parsed.positionals.count < command.positionals.count {
      let missing = command.positionals[parsed.positionals.count]
      throw UsageError(message: "missing argument \(missing.name)", command: command)
    }
    if parsed.positionals.count > command.positionals.count {
      let extra = parsed.positionals[command.positionals.count]
      throw UsageError(message: "unexpected argument '\(extra)'", command: command)
    }
    return parsed
  }
}
