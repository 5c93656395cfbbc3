import Foundation

/// Reads the files and standard input that commands take as arguments.
enum InputFiles {
  /// The largest input a command reads, in bytes: 64 MiB.
  ///
  /// Each library applies its own, smaller limit to what it parses; this cap
  /// only keeps the tool from reading an unbounded stream into memory.
  static let maximumSize = 64 << 20

  /// Reads `path`, or standard input when `path` is `-`.
  ///
  /// - Throws: ``UsageError`` naming the path when it cannot be read, is a
  ///   folder, or is larger than ``maximumSize``.
  static func read(_ path: String, console: any Console) throws -> Data {
    if path == "-" {
      let data: Data
      do {
        data = try console.readStandardInput(maximumSize: maximumSize)
      } catch {
        throw UsageError(message: "cannot read standard input: \(error.localizedDescription)", showsUsage: false)
      }
      guard data.count <= maximumSize else {
        throw UsageError(message: "standard input is over the \(maximumSize)-byte limit", showsUsage: false)
      }
      return data
    }

    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw UsageError(message: "cannot read '\(path)': no such file", showsUsage: false)
    }
    guard !isFolder.boolValue else {
      throw UsageError(message: "cannot read '\(path)': it is a folder, not a file", showsUsage: false)
    }
    // Read at most one byte past the limit, so a device or pipe cannot exhaust memory.
    let data: Data
    do {
      let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      defer { try? handle.close() }
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      throw UsageError(message: "cannot read '\(path)': \(error.localizedDescription)", showsUsage: false)
    }
    guard data.count <= maximumSize else {
      throw UsageError(message: "cannot read '\(path)': it is over the \(maximumSize)-byte limit", showsUsage: false)
    }
    return data
  }

  /// Returns whether `path` names an existing folder.
  static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }

  /// Returns `path` joined with `name`, without doubling a trailing `/`.
  static func join(_ path: String, _ name: String) -> String {
    path.hasSuffix("/") ? path + name : path + "/" + name
  }
}
