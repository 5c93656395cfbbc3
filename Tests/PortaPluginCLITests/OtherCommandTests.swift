import AuthInfo
import Foundation
import PortaJSON
import PortaPluginCLI
import Testing

@Suite("porta-plugin options")
struct OptionsCommandTests {
  static let options =
    "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n"
    + "[contracts]Login=u\n[contracts]Password=s3cret\n"

  @Test("checks options from standard input")
  func checksStandardInput() {
    let run = runTool(["options", "check", "-"], input: Self.options)
    #expect(run.status == .success)
    #expect(run.output.contains("    Login:     u\n    Password:  set (masked)\n"))
    #expect(!run.output.contains("s3cret"))
  }

  @Test("masks passwords in JSON unless asked")
  func masksPasswordsInJSON() throws {
    let masked = runTool(["options", "check", "-", "--format", "json"], input: Self.options)
    #expect(masked.json?["options"]?.arrayValue?[3]["value"] == "********")
    #expect(masked.json?["applications"]?.arrayValue?.first?["hasPassword"] == true)
    #expect(!masked.output.contains("s3cret"))

    let shown = runTool(["options", "check", "-", "--format", "json", "--show-secrets"], input: Self.options)
    #expect(shown.json?["options"]?.arrayValue?[3]["value"] == "s3cret")
  }

  @Test("reports errors with line and column")
  func reportsErrors() {
    let run = runTool(["options", "check", "-"], input: "[ExternalApps]Extras=<application_name>\n")
    #expect(run.status == .inputHasErrors)
    #expect(run.output.hasPrefix("<stdin>:1:22: error: "))
    #expect(run.output.contains("[options.documentation-placeholder]"))
  }

  @Test("renders lines with the password masked unless asked")
  func rendersLines() {
    let arguments = [
      "options", "render", "--app", "contracts", "--server-url", "https://mybilling.com", "--login", "u",
      "--password-stdin",
    ]
    let masked = runTool(arguments, input: "p\"q\n")
    #expect(masked.status == .success)
    #expect(
      masked.output
        == "[ExternalApps]Extras=contracts\n[contracts]ServerUrl=https://mybilling.com\n"
        + "[contracts]Login=u\n[contracts]Password=********\n"
    )
    let shown = runTool(arguments + ["--show-secrets"], input: "p\"q\n")
    #expect(shown.output.hasSuffix("[contracts]Password=p\"q\n"))
  }

  @Test("rejects a server URL with credentials")
  func rejectsServerURLWithCredentials() {
    let run = runTool(["options", "render", "--app", "a", "--server-url", "https://u:p@example.com"])
    #expect(run.status == .inputHasErrors)
    #expect(run.errorOutput.contains("[options.credentials-in-url]"))
    #expect(run.output.isEmpty)
  }

  @Test("needs the password with the login")
  func needsPasswordWithLogin() {
    let run = runTool(["options", "render", "--app", "a", "--server-url", "https://x.example", "--login", "u"])
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput.hasPrefix("error: --login needs --password-stdin"))
  }
}

@Suite("porta-plugin auth-info")
struct AuthInfoCommandTests {
  @Test("prints the field and the body exactly")
  func printsFieldAndBody() {
    let field = runTool(["auth-info", "--login", "u", "--password-stdin"], input: #"p"q\"#)
    #expect(field.output == #""{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}""# + "\n")
    let body = runTool(["auth-info", "--login", "u", "--password-stdin", "--format", "json"], input: #"p"q\"#)
    #expect(body.output == #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"# + "\n")
  }

  @Test("decodes a body without printing the password")
  func decodesWithoutPassword() {
    let body = #"{"auth_info":"{\"login\":\"u\",\"password\":\"hunter2\"}"}"#
    let text = runTool(["auth-info", "decode", "-"], input: body)
    #expect(text.status == .success)
    #expect(text.output == "decoded: yes\nlogin: u\npassword: (not shown)\n")
    let json = runTool(["auth-info", "decode", "-", "--format", "json"], input: body)
    #expect(json.json?["login"] == "u")
    #expect(json.json?["decoded"] == true)
    #expect(!json.output.contains("hunter2"))
  }

  @Test("explains a body that is not JSON inside")
  func explainsBadBody() {
    let run = runTool(["auth-info", "decode", "-"], input: #"{"auth_info":42}"#)
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains("[authinfo.not-a-string]"))
    #expect(run.output.hasSuffix("decoded: no\n"))
  }

  @Test(
    "reads the password from standard input exactly",
    arguments: [
      ("abc\r\n", "abc"), ("abc\n", "abc"), ("abc", "abc"), ("\u{FEFF}bom", "\u{FEFF}bom"), ("a\nb\n", "a\nb"),
    ])
  func readsPasswordExactly(input: String, password: String) throws {
    let run = runTool(["auth-info", "--login", "u", "--password-stdin", "--format", "json"], input: input)
    #expect(run.status == .success)
    let decoded = try AuthInfo(requestBody: Array(run.output.utf8))
    #expect(decoded.revealedPassword == password)
  }

  @Test("rejects an empty password")
  func rejectsEmptyPassword() {
    let run = runTool(["auth-info", "--login", "u", "--password-stdin"], input: "\n")
    #expect(run.status == .usageOrInputFailure)
    #expect(run.errorOutput.hasPrefix("error: standard input is empty"))
  }
}

@Suite("porta-plugin route")
struct RouteCommandTests {
  @Test("matches a path and prints JSON")
  func matchesPath() {
    let run = runTool(["route", "match", "/customer/4711/general_info?tab=1"])
    #expect(run.status == .success)
    #expect(
      run.output == #"{"route":"/customer/:id/general_info","title":"General info","parameters":{"id":"4711"}}"# + "\n")
  }

  @Test(
    "explains why nothing matches",
    arguments: [
      ("/customer/%zz/general_info", "it has invalid percent-encoding"),
      ("/Customer/42/General_Info", "it matches if letter case is ignored"),
    ])
  func explainsNoMatch(path: String, reason: String) {
    let run = runTool(["route", "match", path])
    #expect(run.status == .inputHasErrors)
    #expect(run.errorOutput.hasPrefix("error: no panel matches '\(path)'; \(reason)"))
  }

  @Test("suggests panels when nothing matches")
  func suggestsPanels() {
    let run = runTool(["route", "match", "/customers/42/general_info"])
    #expect(run.status == .inputHasErrors)
    #expect(run.errorOutput.contains("did you mean '/customer/:id/general_info'"))
  }

  @Test("lists the tree")
  func listsTree() {
    let run = runTool(["route", "list"])
    #expect(run.status == .success)
    #expect(run.output.contains("  /customer/:id/general_info  General info  [can host plug-ins]\n"))
  }
}

@Suite("porta-plugin pack")
struct PackCommandTests {
  @Test("packs the example and checks the archive")
  func packsAndChecks() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    let archive = copy.folder.appendingPathComponent("out.zip").path

    let pack = runTool(["pack", exampleFolder.path, "--output", archive])
    #expect(pack.status == .success)
    #expect(pack.output.hasPrefix("Packed 3 files into \(archive)"))

    let check = runTool(["archive", "check", archive, "--format", "json"])
    #expect(check.status == .success)
    let files = check.json?["files"]?.arrayValue?.compactMap { $0["path"]?.stringValue }
    #expect(files == ["index.html", "main.css", "main.js"])
  }

  @Test("writes nothing when a file is missing")
  func writesNothingWhenFileMissing() throws {
    let copy = try ExampleCopy()
    defer { copy.remove() }
    try FileManager.default.removeItem(at: copy.folder.appendingPathComponent("main.css"))
    let archive = copy.folder.appendingPathComponent("out.zip").path

    let run = runTool(["pack", copy.path, "--output", archive])
    #expect(run.status == .inputHasErrors)
    #expect(run.output.contains("[archive.missing-root-file]"))
    #expect(!FileManager.default.fileExists(atPath: archive))
  }
}
