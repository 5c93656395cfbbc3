import AuthInfo
import Foundation
import PortaDiagnostics
import PortaJSON

/// `porta-plugin auth-info` and `porta-plugin auth-info decode`.
enum AuthInfoCommands {
  static let build = CommandSpecification(
    words: ["auth-info"],
    summary: "Print the auth_info field PortaBilling sends for a login and password.",
    options: [
      OptionSpecification(name: "--login", valueName: "LOGIN", help: "Sets the login.", isRequired: true),
      OptionSpecification(name: "--password-stdin", help: "Reads the password from standard input.", isRequired: true),
      OptionSpecification(
        name: "--format",
        valueName: "FORMAT",
        allowedValues: ["text", "json"],
        help: "Sets the output: text prints the field's JSON string, json prints the whole request body."
      ),
    ],
    discussion: """
      The output contains the password, escaped, because printing it is what this command is for.
      Example: printf '%s' "$PASSWORD" | porta-plugin auth-info --login portabilling --password-stdin --format json
      """,
    run: runBuild
  )

  static let decode = CommandSpecification(
    words: ["auth-info", "decode"],
    summary: "Decode the auth_info of a request body and print the login, never the password.",
    positionals: [PositionalSpecification(name: "FILE", help: "The request body, or - for standard input.")],
    options: [DiagnosticOutput.formatOption],
    run: runDecode
  )

  private static func runBuild(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    guard let login = arguments.value("--login") else {
      throw UsageError(message: "missing --login LOGIN", command: build)
    }
    guard !login.isEmpty else {
      throw UsageError(message: "--login is empty; give the login PortaBilling sends", command: build)
    }
    guard arguments.isSet("--password-stdin") else {
      throw UsageError(
        message: "missing --password-stdin; pipe the password in rather than typing it on the command line",
        command: build
      )
    }
    let authInfo = AuthInfo(login: login, password: try SecretInput.readPassword(console: console))
    if arguments.value("--format") == "json" {
      console.write(authInfo.requestBody + "\n")
    } else {
      console.write(authInfo.fieldText + "\n")
    }
    return .success
  }

  private static func runDecode(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let path = arguments.positionals[0]
    let data = try InputFiles.read(path, console: console)
    let file = path == "-" ? "<stdin>" : path

    var diagnostics: [Diagnostic] = []
    var decoded: AuthInfo?
    do {
      decoded = try AuthInfo(requestBody: data)
    } catch {
      diagnostics.append(error.diagnostic(file: file))
    }

    if arguments.value("--format") == "json" {
      var members = DiagnosticOutput.jsonMembers(diagnostics)
      members.append(JSONMember(key: "decoded", value: .bool(decoded != nil)))
      members.append(JSONMember(key: "login", value: decoded.map { .string($0.login) } ?? .null))
      console.write(JSONWriter.string(.object(JSONObject(members))) + "\n")
    } else {
      console.write(DiagnosticOutput.text(diagnostics))
      if let decoded {
        console.write("decoded: yes\nlogin: \(decoded.login)\npassword: (not shown)\n")
      } else {
        console.write("decoded: no\n")
      }
    }
    return DiagnosticOutput.status(diagnostics)
  }
}
