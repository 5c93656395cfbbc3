import Foundation
import PortaDiagnostics

/// The rules for a PortaBilling plug-in archive and the packing of a plug-in folder.
///
/// PortaBilling expects `index.html` (structure), `main.css` (look) and
/// `main.js` (behaviour) at the root of the ZIP archive; other files, such as
/// images, may sit beside them or in folders.
public enum PluginArchive {
  /// The files every plug-in archive must have at its root.
  public static let requiredRootFiles = ["index.html", "main.css", "main.js"]

  /// Files of a plug-in folder that are uploaded separately and never packed.
  public static let excludedFolderFiles: Set<String> = ["plugin.json", "options.txt"]

  /// Checks that the required files are at the root of an archive.
  ///
  /// When they are all missing from the root but sit together in one folder,
  /// the message explains that the folder was zipped instead of its contents.
  ///
  /// - Parameters:
  ///   - entries: The archive's entries.
  ///   - file: The archive's file name for diagnostics.
  /// - Returns: An error for each missing file and a warning for each empty one.
  public static func validate(_ entries: [ArchiveEntry], file: String? = nil) -> [Diagnostic] {
    let paths = Set(entries.map(\.path))
    let missing = requiredRootFiles.filter { !paths.contains($0) }
    var diagnostics: [Diagnostic] = []

    if !missing.isEmpty {
      // Find a folder that contains the missing files, the usual result of zipping the folder itself.
      let folders = Set(
        entries.compactMap { entry -> String? in
          let parts = entry.path.split(separator: "/")
          guard parts.count >= 2, missing.contains(String(parts.last!)) else { return nil }
          return parts.dropLast().joined(separator: "/")
        })
      let listed = missing.joined(separator: ", ")
      let message: String
      if let folder = folders.sorted().first {
        message =
          "The archive root is missing \(listed): they are inside the folder \"\(folder)/\". "
          + "Zip the folder's contents, not the folder, or use 'porta-plugin pack'."
      } else {
        message =
          "The archive root is missing \(listed). PortaBilling needs index.html, main.css and main.js at the root."
      }
      diagnostics.append(Diagnostic(.error, code: .archiveMissingRootFile, message: message, file: file))
    }

    for entry in entries where requiredRootFiles.contains(entry.path) && entry.contents.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning,
          code: .archiveEmptyRootFile,
          message: "\(entry.path) is empty, so the panel will show nothing from it.",
          file: file
        )
      )
    }
    return diagnostics
  }

  /// Collects the files of a plug-in folder that belong in its archive.
  ///
  /// Every regular file is included with its path relative to `folder`,
  /// except `plugin.json` and `options.txt` at the root (uploaded
  /// separately) and hidden files and folders (names starting with `.`).
  /// Paths are sorted, so packing the same folder twice gives the same archive.
  ///
  /// - Parameter folder: The plug-in folder.
  /// - Returns: The entries, sorted by path.
  /// - Throws: The file system's error when the folder or a file cannot be read.
  public static func entries(inFolder folder: URL) throws -> [ArchiveEntry] {
    let root = folder.standardizedFileURL
    guard
      let enumerator = FileManager.default.enumerator(
        at: root,
        includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles]
      )
    else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
    }

    var entries: [ArchiveEntry] = []
    let rootComponents = root.pathComponents
    for case let url as URL in enumerator {
      guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
      let components = url.standardizedFileURL.pathComponents.dropFirst(rootComponents.count)
      let path = components.joined(separator: "/")
      if components.count == 1, excludedFolderFiles.contains(path) { continue }
      entries.append(ArchiveEntry(path: path, contents: [UInt8](try Data(contentsOf: url))))
    }
    return entries.sorted { $0.path < $1.path }
  }
}
