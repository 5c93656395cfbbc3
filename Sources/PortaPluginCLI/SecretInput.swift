import Foundation

/// Reads secrets that must not appear on the command line, where other users
/// and shell history could see them.
enum SecretInput {
  /// Reads a password from standard input, dropping one final line ending.
  ///
  /// - Throws: ``UsageError`` when standard input is empty or not UTF-8.
  static func readPassword(console: any Console) throws -> String {
    let data = try InputFiles.read("-", console: console)
    guard var password = String(data: data, encoding: .utf8) else {
      throw UsageError(message: "the password on standard input is not valid UTF-8", showsUsage: false)
    }
    if password.hasSuffix("\r\n") {
      password.removeLast(2)
    } else if password.hasSuffix("\n") {
      password.removeLast()
    }
    guard !password.isEmpty else {
      throw UsageError(
        message: "standard input is empty; pipe the password in, as in: printf '%s' \"$PASSWORD\" | porta-plugin ...",
        showsUsage: false)
    }
    return password
  }
}
