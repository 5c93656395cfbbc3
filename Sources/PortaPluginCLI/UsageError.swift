/// A command line the tool cannot run, or an input it cannot read.
///
/// The tool prints the message as an `error:` line, then the usage of the
/// command involved and a pointer to `--help`, and exits with status 2.
struct UsageError: Error, Sendable {
  /// The sentence saying what is wrong.
  var message: String
  /// The command whose usage to print, if known.
  var command: CommandSpecification?
  /// Whether to print the usage line after the message; unreadable input does not need it.
  var showsUsage = true
}
