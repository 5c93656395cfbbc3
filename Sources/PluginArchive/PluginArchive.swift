import Foundation
import PortaDiagnostics

/// The rules for a PortaBilling plug-in archive and the packing of a plug-in folder.
///
/// PortaBilling expects `index.html` (structure), `main.css` (look) and
/// `main.js` (behaviour) at the root of the ZIP archive. Other files, such as
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
  ///   - unreadablePaths: Entries that exist but could not be read, which are
  ///     not reported missing again (see ``ArchiveReader/Result/unreadablePaths``).
  /// - Returns: An error for each missing file and for `options.txt`, which may
  ///   hold passwords, and a warning for each empty file and for `plugin.json`.
  public static func validate(
    _ entries: [ArchiveEntry],
    file: String? = nil,
    unreadablePaths: [String] = []
  ) -> [Diagnostic] {
    // An entry that exists but could not be read already has its own error.
    let paths = Set(entries.map(\.path) + unreadablePaths)
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
          + "Zip the folder's contents, not the folder itself."
      } else {
        message =
          "The archive root is missing \(listed). PortaBilling needs index.html, main.css and main.js at the root."
      }
      diagnostics.append(Diagnostic(.error, code: .archiveMissingRootFile, message: message, file: file))
    }

    // The manifest and options are uploaded separately; inside the archive they would be published.
    if let options = paths.sorted().first(where: { $0 == "options.txt" || $0.hasSuffix("/options.txt") }) {
      diagnostics.append(
        Diagnostic(
          .error,
          code: .archiveUnexpectedFile,
          message: "\(options) is in the archive, which would publish it with the plug-in's files, "
            + "passwords included. Remove it: WebCustom options are entered in the configuration, not uploaded.",
          file: file
        )
      )
    }
    if paths.contains("plugin.json") {
      diagnostics.append(
        Diagnostic(
          .warning,
          code: .archiveUnexpectedFile,
          message:
            "plugin.json is in the archive, but the manifest is uploaded separately. Remove it from the archive.",
          file: file
        )
      )
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
  /// A symbolic link is packed as the file it points to when that file is
  /// inside the folder. Paths are sorted, so packing the same folder twice
  /// gives the same archive.
  ///
  /// - Parameter folder: The plug-in folder.
  /// - Returns: The entries, sorted by path.
  /// - Throws: ``PluginFolderError/linkOutsideFolder(path:)`` for a symbolic link
  ///   to a folder or to anything outside `folder`, `CocoaError.fileReadNoSuchFile`
  ///   when `folder` is not an existing folder, and the file system's error when
  ///   a file cannot be read.
  public static func entries(inFolder folder: URL) throws -> [ArchiveEntry] {
    let root = folder.standardizedFileURL
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
    }
    guard
      let enumerator = FileManager.default.enumerator(
        at: root,
        includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
        options: [.skipsHiddenFiles]
      )
    else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
    }

    var entries: [ArchiveEntry] = []
    let rootComponents = root.pathComponents
    let resolvedRoot = root.resolvingSymlinksInPath().pathComponents
    for case let url as URL in enumerator {
      let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
      let components = url.standardizedFileURL.pathComponents.dropFirst(rootComponents.count)
      let path = components.joined(separator: "/")
      if components.count == 1, excludedFolderFiles.contains(path) { continue }

      var source = url
      if values.isSymbolicLink == true {
        // Follow a link only to a regular file inside the plug-in folder.
        let target = url.resolvingSymlinksInPath()
        let isInside = target.pathComponents.starts(with: resolvedRoot)
        let isFile = (try? target.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        guard isInside, isFile else { throw PluginFolderError.linkOutsideFolder(path: path) }
        source = target
      } else if values.isRegularFile != true {
        continue
      }
      entries.append(ArchiveEntry(path: path, contents: [UInt8](try Data(contentsOf: source))))
    }
    return entries.sorted { $0.path < $1.path }
  }
}

/// A plug-in folder that cannot be packed as it is.
public enum PluginFolderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A symbolic link to a folder or to something outside the plug-in folder.
  case linkOutsideFolder(path: String)

  /// A sentence saying what is wrong and what to do.
  public var description: String {
    switch self {
    case .linkOutsideFolder(let path):
      "\(path) is a symbolic link to a folder or to a file outside the plug-in folder, "
        + "so packing it could publish an unrelated file. Copy the file into the folder instead."
    }
  }
}
