/// The exit statuses of `porta-plugin`.
///
/// Scripts can tell "the input has errors" from "the command could not run".
public enum ExitStatus: Int32, Sendable {
  /// The command ran and found no errors (warnings are allowed).
  case success = 0
  /// The command ran and the input has at least one error.
  case inputHasErrors = 1
  /// The command line was invalid or an input could not be read.
  case usageOrInputFailure = 2
}
