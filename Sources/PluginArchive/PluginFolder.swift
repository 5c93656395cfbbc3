import Foundation
import PortaDiagnostics

extension DiagnosticCode {
  /// A required file (`index.html`, `main.css`, `main.js`) is missing from a plug-in folder.
  public static let folderMissingFile: DiagnosticCode = "folder.missing-file"
  /// A required file is a symbolic link to something outside the plug-in folder.
  public static let folderLinkOutside: DiagnosticCode = "folder.link-outside"
  /// A required file of a plug-in folder is empty (a warning).
  public static let folderEmptyFile: DiagnosticCode = "folder.empty-file"
}

/// The rules for a plug-in folder before it is packed.
public enum PluginFolder {
  /// Checks that a plug-in folder has the files its archive needs at the root.
  ///
  /// - Parameters:
  ///   - folder: The plug-in folder.
  ///   - displayPath: The folder as the user named it, for the diagnostics' file names.
  /// - Returns: An error for each missing file and a warning for each empty one.
  public static func check(_ folder: URL, displayPath: String) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for name in PluginArchive.requiredRootFiles {
      let url = folder.appendingPathComponent(name)
      let shownPath = displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
        diagnostics.append(
          Diagnostic(
            .error,
            code: .folderMissingFile,
            message: "\(name) is missing. A plug-in needs index.html (structure), main.css (look) and "
              + "main.js (behaviour) at the root of its folder.",
            file: shownPath
          )
        )
        continue
      }
      // Packing follows a link only to a file inside the folder, so report any other link now.
      let isLink = (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) == true
      if isLink
        && !url.resolvingSymlinksInPath().pathComponents.starts(with: folder.resolvingSymlinksInPath().pathComponents)
      {
        diagnostics.append(
          Diagnostic(
            .error,
            code: .folderLinkOutside,
            message: PluginFolderError.linkOutsideFolder(path: name).description,
            file: shownPath
          )
        )
        continue
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
      if size == 0 {
        diagnostics.append(
          Diagnostic(
            .warning,
            code: .folderEmptyFile,
            message: "\(name) is empty, so the panel will show nothing from it.",
            file: shownPath
          )
        )
      }
    }
    return diagnostics
  }
}
