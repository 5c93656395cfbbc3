import PortaDiagnostics

extension DiagnosticCode {
  /// The input is not a ZIP archive, or its directory is damaged.
  public static let archiveNotZip: DiagnosticCode = "archive.not-zip"
  /// The archive file is larger than the reader's size limit.
  public static let archiveTooLarge: DiagnosticCode = "archive.too-large"
  /// The archive has more entries than the reader's limit.
  public static let archiveTooManyEntries: DiagnosticCode = "archive.too-many-entries"
  /// An entry, or all entries together, inflate past the reader's limit.
  public static let archiveEntryTooLarge: DiagnosticCode = "archive.entry-too-large"
  /// An entry inflates to a size other than the one its header declares.
  public static let archiveSizeMismatch: DiagnosticCode = "archive.size-mismatch"
  /// An entry's data does not match its CRC-32 checksum.
  public static let archiveChecksumMismatch: DiagnosticCode = "archive.checksum-mismatch"
  /// An entry uses a compression method other than stored or DEFLATE.
  public static let archiveUnsupportedMethod: DiagnosticCode = "archive.unsupported-method"
  /// An entry is encrypted.
  public static let archiveEncryptedEntry: DiagnosticCode = "archive.encrypted-entry"
  /// The archive needs ZIP64, which plug-in archives never need.
  public static let archiveZip64: DiagnosticCode = "archive.zip64"
  /// An entry's path is absolute, climbs out with `..`, or uses `\`.
  public static let archiveUnsafePath: DiagnosticCode = "archive.unsafe-path"
  /// Two entries have the same path.
  public static let archiveDuplicateEntry: DiagnosticCode = "archive.duplicate-entry"
  /// A required file (`index.html`, `main.css`, `main.js`) is not at the archive root.
  public static let archiveMissingRootFile: DiagnosticCode = "archive.missing-root-file"
  /// `options.txt` (an error: it may hold passwords) or `plugin.json` (a warning) is inside the archive.
  public static let archiveUnexpectedFile: DiagnosticCode = "archive.unexpected-file"
  /// A required file is empty (a warning).
  public static let archiveEmptyRootFile: DiagnosticCode = "archive.empty-root-file"
}
