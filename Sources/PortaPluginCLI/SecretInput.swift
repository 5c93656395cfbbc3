import Foundation

/// Reads secrets that must not appear on the command line, where other users
/// and shell history could see them.
enum SecretInput {
  /// Reads a password from standard input, dropping one final line ending.
  ///
  /// - Throws: ``UsageError`` when standard input is empty or not UTF-8.
  static func readPassword(console: any Console) throws -> String {
    if console.isStandardInputTerminal {
      console.writeError(
        "Type the password, then press Enter and Ctrl-D. It shows as you type; pipe it in to avoid that.\n"
      )
    }
    var bytes = [UInt8](try InputFiles.read("-", console: console))
    // Drop one line ending by bytes: as a String, "\r\n" is a single Character.
    if bytes.last == 0x0A {
      bytes.removeLast()
      if bytes.last == 0x0D {
        bytes.removeLast()
      }
    }
    // Decode without Foundation's String(data:encoding:), which drops a leading U+FEFF.
    let password = String(decoding: bytes, as: UTF8.self)
    guard Array(password.utf8) == bytes else {
      throw UsageError(message: "the password on standard input is not valid UTF-8", showsUsage: false)
    }
    guard !password.isEmpty else {
      throw UsageError(
        message: "standard input is empty; pipe the password in, as in: printf '%s' \"$PASSWORD\" | porta-plugin ...",
        showsUsage: false)
    }
    return password
  }
}
