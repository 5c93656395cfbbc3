/// Rules for paths inside an archive.
enum ArchivePath {
  /// Returns why `path` is unsafe to unpack, or `nil` when it is safe.
  ///
  /// A path is unsafe when it is empty, absolute, uses `\` or a drive letter,
  /// has an empty, `.` or `..` segment, or contains a control character. Any
  /// of these can make an unpacker write outside its target folder or
  /// create a file other than the one named.
  static func unsafeReason(_ path: String) -> String? {
    if path.isEmpty { return "the path is empty" }
    if path.hasPrefix("/") { return "the path is absolute; use a path relative to the archive root" }
    if path.contains("\\") { return "the path contains '\\'; use '/' between folders" }
    if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "the path contains a control character"
    }
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    if let first = segments.first, first.count == 2, first.last == ":" {
      return "the path starts with a drive letter; use a path relative to the archive root"
    }
    // A trailing `/` marks a folder entry, so only inner empty segments are faults.
    for (index, segment) in segments.enumerated() {
      if segment == ".." { return "the path climbs out of the archive with '..'" }
      if segment == "." { return "the path has a '.' segment" }
      if segment.isEmpty && index != segments.count - 1 { return "the path has an empty segment ('//')" }
    }
    return nil
  }
}
