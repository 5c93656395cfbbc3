import Foundation
import PortaJSON
import PortaPluginCLI

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled example plug-in.
let exampleFolder = repositoryRoot.appendingPathComponent("Examples/contracts")

/// The example's password, which no output may contain unless asked.
let examplePassword = "Example-Only-Change-Me"

/// What one run of the tool printed and returned.
struct ToolRun {
  var status: ExitStatus
  var output: String
  var errorOutput: String

  /// Standard output read as JSON.
  var json: JSONValue? { JSONReader().read(Array(output.utf8)).root?.value }
}

/// Runs the tool in-process with `arguments` and `input` on standard input.
func runTool(_ arguments: [String], input: String = "") -> ToolRun {
  let console = RecordingConsole(input: Data(input.utf8))
  let status = PortaPluginTool.run(arguments: arguments, console: console)
  return ToolRun(status: status, output: console.output, errorOutput: console.errorOutput)
}

/// A copy of the example plug-in in a fresh temporary folder, removed by ``remove()``.
struct ExampleCopy {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("porta-plugin-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: exampleFolder, to: folder)
  }

  var path: String { folder.path }
  var manifestPath: String { folder.appendingPathComponent("plugin.json").path }

  /// Replaces `target` with `replacement` in the copy's manifest.
  func editManifest(replacing target: String, with replacement: String) throws {
    let url = folder.appendingPathComponent("plugin.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    precondition(text.contains(target), "the example manifest no longer contains \(target)")
    try text.replacingOccurrences(of: target, with: replacement).write(to: url, atomically: true, encoding: .utf8)
  }

  /// Writes `text` to `name` inside the copy.
  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }
}
