import Foundation
import Testing

@testable import PortaPluginCLI

@Suite("Argument parsing")
struct ArgumentParsingTests {
  static let commandLines = PortaPluginTool.commands.map(\.words)

  @Test("prints help for every command", arguments: commandLines)
  func printsHelp(words: [String]) {
    let run = runTool(words + ["--help"])
    #expect(run.status == .success)
    #expect(run.output.contains("Usage: porta-plugin \(words.joined(separator: " "))"))
    #expect(run.output.contains("  --version"))
  }

  @Test("prints the version for every command", arguments: commandLines)
  func printsVersion(words: [String]) {
    let run = runTool(words + ["--version"])
    #expect(run.status == .success)
    #expect(run.output == "porta-plugin \(PortaPluginTool.version)\n")
  }

  @Test("lists the commands without arguments")
  func listsCommands() {
    let run = runTool([])
    #expect(run.status == .success)
    for command in PortaPluginTool.commands {
      #expect(run.output.contains("  " + command.displayName))
    }
  }

  @Test("rejects an unknown option with a suggestion")
  func rejectsUnknownOption() {
    let run = runTool(["check", "x", "--registy", "f"])
    #expect(run.status == .usageOrInputFailure)
    #expect(
      run.errorOutput
        == """
        error: unknown option '--registy' for 'check'; did you mean '--registry'?
        Usage: porta-plugin check PATH [--registry FILE] [--format text|json]
        See 'porta-plugin check --help'.

        """
    )
  }

  @Test("names the subcommands of a command group")
  func namesSubcommands() {
    let run = runTool(["route"])
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput == "error: 'route' needs a command: match or list\nSee 'porta-plugin --help'.\n")
  }

  @Test("rejects an unknown command with a suggestion")
  func rejectsUnknownCommand() {
    let run = runTool(["chek", "x"])
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput == "error: unknown command 'chek'; did you mean 'check'?\nSee 'porta-plugin --help'.\n")
  }

  @Test(
    "rejects malformed option use",
    arguments: [
      (["check", "x", "--format"], "error: option '--format' needs a value (FORMAT)"),
      (["check", "x", "--format", "xml"], "error: invalid value 'xml' for '--format'; expected one of: text, json"),
      (["check", "x", "--format", "json", "--format", "text"], "error: option '--format' is given more than once"),
      (["check"], "error: missing argument PATH"),
      (["check", "a", "b"], "error: unexpected argument 'b'"),
      (["route", "list", "--case-insensitive"], "error: unknown option '--case-insensitive' for 'route list'"),
      (["route", "match", "/x", "--case-insensitive=yes"], "error: option '--case-insensitive' is a flag"),
    ])
  func rejectsMalformedOptions(arguments: [String], expectedStart: String) {
    let run = runTool(arguments)
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput.hasPrefix(expectedStart), "\(run.errorOutput)")
    #expect(run.errorOutput.contains("See 'porta-plugin "))
  }

  @Test("treats words after -- as arguments")
  func treatsWordsAfterDoubleDash() {
    let run = runTool(["route", "match", "--", "--help"])
    #expect(run.status == .inputHasErrors)
    #expect(run.errorOutput.hasPrefix("error: no panel matches '--help'"))
  }

  @Test(
    "suggests the command meant",
    arguments: [
      (["route", "lst"], "error: unknown command 'route lst'; did you mean 'route list'?"),
      (["auth-info", "decod", "x"], "error: unknown command 'auth-info decod'; did you mean 'auth-info decode'?"),
      (["options", "chek", "f"], "error: unknown command 'options chek'; did you mean 'options check'?"),
      (["--bogus"], "error: unknown option '--bogus'; options follow a command"),
    ])
  func suggestsCommand(arguments: [String], expectedLine: String) {
    let run = runTool(arguments)
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput.hasPrefix(expectedLine + "\n"), "\(run.errorOutput)")
  }

  @Test("shows required options without brackets")
  func showsRequiredOptions() {
    let run = runTool(["options", "render", "--help"])
    #expect(run.output.contains("Usage: porta-plugin options render --app NAME --server-url URL [--login LOGIN]"))
  }

  @Test("finds the longest command")
  func findsLongestCommand() {
    #expect(PortaPluginTool.selectCommand(for: ["auth-info", "decode", "-"])?.displayName == "auth-info decode")
    #expect(PortaPluginTool.selectCommand(for: ["auth-info", "--login", "u"])?.displayName == "auth-info")
    #expect(PortaPluginTool.selectCommand(for: ["route"]) == nil)
  }
}
