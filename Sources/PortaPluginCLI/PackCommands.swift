import Foundation
import PluginArchive
import PortaDiagnostics
import PortaJSON

/// `porta-plugin pack` and `porta-plugin archive check`.
enum PackCommands {
  static let pack = CommandSpecification(
    words: ["pack"],
    summary: "Build the ZIP archive to upload from a plug-in folder.",
    positionals: [PositionalSpecification(name: "FOLDER", help: "The plug-in folder (index.html, main.css, main.js).")],
    options: [
      OptionSpecification(
        name: "--output",
        valueName: "FILE",
        help: "Sets the archive's path (default: the folder's name with .zip, beside the folder)."
      ),
      DiagnosticOutput.formatOption,
    ],
    discussion: """
      Every file of the folder is packed except plugin.json and options.txt at its root, which are
      uploaded separately, and hidden files. The archive is reproducible: the same folder always gives
      the same bytes. Nothing is written when index.html, main.css or main.js is missing.
      """,
    run: runPack
  )

  static let check = CommandSpecification(
    words: ["archive", "check"],
    summary: "Check a plug-in ZIP archive as PortaBilling will unpack it.",
    positionals: [PositionalSpecification(name: "FILE", help: "The ZIP archive, or - for standard input.")],
    options: [DiagnosticOutput.formatOption],
    run: runCheck
  )

  private static func runPack(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let folder = arguments.positionals[0]
    guard FileManager.default.fileExists(atPath: folder) else {
      throw UsageError(message: "cannot pack '\(folder)': no such folder", showsUsage: false)
    }
    guard InputFiles.isFolder(folder) else {
      throw UsageError(message: "cannot pack '\(folder)': it is a file; pass the plug-in folder", showsUsage: false)
    }
    let folderURL = URL(fileURLWithPath: folder).standardizedFileURL
    let output =
      arguments.value("--output")
      ?? folderURL.deletingLastPathComponent()
      .appendingPathComponent(folderURL.lastPathComponent + ".zip").path

    let outputFolder = URL(fileURLWithPath: output).deletingLastPathComponent().path
    guard InputFiles.isFolder(outputFolder) else {
      throw UsageError(
        message: "cannot write '\(output)': the folder '\(outputFolder)' does not exist",
        showsUsage: false
      )
    }

    let entries: [ArchiveEntry]
    do {
      entries = try PluginArchive.entries(inFolder: folderURL)
    } catch let error as PluginFolderError {
      throw UsageError(message: "cannot pack '\(folder)': \(error.description)", showsUsage: false)
    } catch {
      throw UsageError(message: "cannot read '\(folder)': \(error.localizedDescription)", showsUsage: false)
    }
    let diagnostics = PluginArchive.validate(entries, file: folder)
    var bytes: [UInt8] = []
    if !diagnostics.containsErrors {
      do {
        bytes = try ArchiveWriter.archive(entries)
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch let error as ArchiveWriterError {
        throw UsageError(message: error.description, showsUsage: false)
      } catch {
        throw UsageError(message: "cannot write '\(output)': \(error.localizedDescription)", showsUsage: false)
      }
    }

    if arguments.value("--format") == "json" {
      var members = DiagnosticOutput.jsonMembers(diagnostics)
      members.append(JSONMember(key: "archive", value: diagnostics.containsErrors ? .null : .string(output)))
      members.append(JSONMember(key: "bytes", value: .number(JSONNumber(bytes.count))))
      members.append(
        JSONMember(
          key: "files",
          value: .array(entries.map { ["path": .string($0.path), "bytes": .number(JSONNumber($0.contents.count))] })
        )
      )
      console.write(JSONWriter.string(.object(JSONObject(members))) + "\n")
    } else {
      console.write(DiagnosticOutput.text(diagnostics))
      if !diagnostics.containsErrors {
        console.write("Packed \(entries.count) files into \(output) (\(bytes.count) bytes):\n")
        for entry in entries {
          console.write("  \(entry.path) (\(entry.contents.count) bytes)\n")
        }
      }
    }
    return DiagnosticOutput.status(diagnostics)
  }

  private static func runCheck(_ arguments: ParsedArguments, _ console: any Console) throws -> ExitStatus {
    let path = arguments.positionals[0]
    let bytes = [UInt8](try InputFiles.read(path, console: console))
    let file = path == "-" ? "<stdin>" : path
    let result = ArchiveReader().read(bytes, file: file)
    var diagnostics = result.diagnostics
    let isUnreadable = diagnostics.contains { diagnostic in
      [.archiveTooLarge, .archiveZip64, .archiveTooManyEntries].contains(diagnostic.code)
        || (diagnostic.code == .archiveNotZip && result.unreadablePaths.isEmpty)
    }
    if !isUnreadable {
      diagnostics += PluginArchive.validate(result.entries, file: file, unreadablePaths: result.unreadablePaths)
    }

    if arguments.value("--format") == "json" {
      var members = DiagnosticOutput.jsonMembers(diagnostics)
      members.append(
        JSONMember(
          key: "files",
          value: .array(
            result.entries.map { entry in
              ["path": .string(entry.path), "bytes": .number(JSONNumber(entry.contents.count))]
            }
          )
        )
      )
      console.write(JSONWriter.string(.object(JSONObject(members))) + "\n")
    } else {
      console.write(DiagnosticOutput.text(diagnostics))
      for entry in result.entries {
        console.write("  \(entry.path) (\(entry.contents.count) bytes)\n")
      }
      console.write(DiagnosticOutput.summary(diagnostics) + "\n")
    }
    return DiagnosticOutput.status(diagnostics)
  }
}
