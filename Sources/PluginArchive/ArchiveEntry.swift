/// One file in a plug-in archive.
public struct ArchiveEntry: Sendable, Hashable {
  /// The path inside the archive, with `/` between folders, such as `img/logo.png`.
  public var path: String
  /// The file's bytes, uncompressed.
  public var contents: [UInt8]

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - path: The path inside the archive, with `/` between folders.
  ///   - contents: The file's bytes.
  public init(path: String, contents: [UInt8]) {
    self.path = path
    self.contents = contents
  }
}
