import PortaDiagnostics

/// Reads ZIP archives defensively, with limits on every size an archive declares.
///
/// Declared sizes are never trusted. Each entry is inflated in steps, and
/// reading stops as soon as the bytes actually produced pass the entry's
/// declared size or a limit. So a small archive that inflates to gigabytes
/// costs no more memory than the limits allow. Stored and DEFLATE entries are
/// supported; encrypted entries, other methods and ZIP64 are reported.
public struct ArchiveReader: Sendable {
  /// Bounds on what the reader accepts.
  public struct Limits: Sendable, Hashable {
    /// The largest archive file, in bytes. The default is 32 MiB.
    public var maximumArchiveSize: Int
    /// The maximum number of entries. The default is 1,000.
    public var maximumEntryCount: Int
    /// The largest uncompressed entry, in bytes. The default is 16 MiB.
    public var maximumEntrySize: Int
    /// The largest total of all uncompressed entries, in bytes. The default is 64 MiB.
    public var maximumTotalSize: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumArchiveSize: The largest archive file, in bytes.
    ///   - maximumEntryCount: The most entries.
    ///   - maximumEntrySize: The largest uncompressed entry, in bytes.
    ///   - maximumTotalSize: The largest total of all uncompressed entries, in bytes.
    public init(
      maximumArchiveSize: Int = 32 << 20,
      maximumEntryCount: Int = 1_000,
      maximumEntrySize: Int = 16 << 20,
      maximumTotalSize: Int = 64 << 20
    ) {
      self.maximumArchiveSize = maximumArchiveSize
      self.maximumEntryCount = maximumEntryCount
      self.maximumEntrySize = maximumEntrySize
      self.maximumTotalSize = maximumTotalSize
    }

    /// 32 MiB archives, 1,000 entries, 16 MiB per entry and 64 MiB in all.
    public static let `default` = Limits()
  }

  /// The entries of one archive and every problem found.
  public struct Result: Sendable {
    /// The entries read successfully, in central directory order; folder entries are left out.
    public var entries: [ArchiveEntry]
    /// The problems found.
    public var diagnostics: [Diagnostic]
    /// The paths of entries that exist in the directory but could not be read,
    /// each with its own diagnostic.
    public var unreadablePaths: [String] = []
  }

  /// The bounds this reader enforces.
  public var limits: Limits

  /// Creates a reader.
  ///
  /// - Parameter limits: The bounds to enforce.
  public init(limits: Limits = .default) {
    self.limits = limits
  }

  /// Reads every entry of an archive.
  ///
  /// - Parameters:
  ///   - input: The archive file's bytes (`Data` or `[UInt8]`).
  ///   - file: The archive's file name for diagnostics.
  /// - Returns: The entries that could be read and a diagnostic for each problem.
  /// - Complexity: O(n) in the archive size plus the inflated size, which the limits bound.
  public func read(_ input: some Collection<UInt8>, file: String? = nil) -> Result {
    let bytes = (input as? [UInt8]) ?? Array(input)
    var diagnostics: [Diagnostic] = []
    func report(_ code: DiagnosticCode, _ message: String) {
      diagnostics.append(Diagnostic(.error, code: code, message: message, file: file))
    }

    guard bytes.count <= limits.maximumArchiveSize else {
      report(
        .archiveTooLarge,
        "The archive is \(bytes.count) bytes, over the limit of \(limits.maximumArchiveSize) bytes."
      )
      return Result(entries: [], diagnostics: diagnostics)
    }
    guard let directory = CentralDirectory(bytes) else {
      report(
        .archiveNotZip,
        "The file is not a ZIP archive (it has no valid end of central directory record). Create it with a ZIP tool "
          + "or with PortaPluginKit's packer."
      )
      return Result(entries: [], diagnostics: diagnostics)
    }
    if directory.needsZip64 {
      report(.archiveZip64, "The archive uses ZIP64, which a plug-in archive never needs. Pack it again without ZIP64.")
      return Result(entries: [], diagnostics: diagnostics)
    }
    guard directory.entryCount <= limits.maximumEntryCount else {
      report(
        .archiveTooManyEntries,
        "The archive has \(directory.entryCount) entries, over the limit of \(limits.maximumEntryCount)."
      )
      return Result(entries: [], diagnostics: diagnostics)
    }

    var entries: [ArchiveEntry] = []
    var listedNames: [String] = []
    var seen = Set<String>()
    var total = 0
    var reader = ByteReader(bytes: bytes, offset: directory.offset)
    for _ in 0..<directory.entryCount {
      guard let record = CentralRecord(reading: &reader) else {
        report(.archiveNotZip, "The archive's central directory is damaged. Pack it again.")
        break
      }
      let name = record.name
      if name.hasSuffix("/") && record.uncompressedSize == 0 { continue }
      listedNames.append(name)
      if let reason = ArchivePath.unsafeReason(name) {
        report(.archiveUnsafePath, "Entry \"\(name)\" is unsafe to unpack: \(reason).")
        continue
      }
      guard seen.insert(name).inserted else {
        report(.archiveDuplicateEntry, "Entry \"\(name)\" appears more than once. Keep one.")
        continue
      }
      if record.flags & 0x0001 != 0 {
        report(
          .archiveEncryptedEntry,
          "Entry \"\(name)\" is encrypted, so PortaBilling cannot read it. Pack it without a password.")
        continue
      }
      guard record.method == 0 || record.method == 8 else {
        report(
          .archiveUnsupportedMethod,
          "Entry \"\(name)\" uses compression method \(record.method). Use stored (0) or DEFLATE (8)."
        )
        continue
      }

      let remaining = limits.maximumTotalSize - total
      let entryLimit = min(limits.maximumEntrySize, remaining, record.uncompressedSize)
      switch extract(record, from: bytes, limit: entryLimit) {
      case .success(let contents):
        guard contents.count == record.uncompressedSize else {
          report(
            .archiveSizeMismatch,
            "Entry \"\(name)\" inflates to \(contents.count) bytes but declares \(record.uncompressedSize). Pack it again."
          )
          continue
        }
        guard Zlib.crc32(contents) == record.checksum else {
          report(
            .archiveChecksumMismatch, "Entry \"\(name)\" is damaged: its CRC-32 checksum does not match. Pack it again."
          )
          continue
        }
        total += contents.count
        entries.append(ArchiveEntry(path: name, contents: contents))
      case .failure(let failure):
        switch failure {
        case .overLimit:
          if record.uncompressedSize > min(limits.maximumEntrySize, remaining) {
            report(
              .archiveEntryTooLarge,
              "Entry \"\(name)\" declares \(record.uncompressedSize) bytes, over the limit of "
                + "\(min(limits.maximumEntrySize, remaining)) bytes left for it."
            )
          } else {
            report(
              .archiveSizeMismatch,
              "Entry \"\(name)\" inflates past its declared size of \(record.uncompressedSize) bytes. "
                + "Reading stopped there; the archive is damaged or malicious."
            )
          }
        case .damaged(let message):
          report(.archiveNotZip, "Entry \"\(name)\" cannot be read: \(message).")
        }
      }
    }
    let readNames = Set(entries.map(\.path))
    let unreadable = listedNames.filter { !readNames.contains($0) }
    return Result(entries: entries, diagnostics: diagnostics, unreadablePaths: unreadable)
  }

  private enum ExtractionFailure: Error {
    case overLimit
    case damaged(String)
  }

  /// Reads one entry's data through its local header, inflating at most `limit` bytes.
  private func extract(_ record: CentralRecord, from bytes: [UInt8], limit: Int)
    -> Swift.Result<[UInt8], ExtractionFailure>
  {
    var local = ByteReader(bytes: bytes, offset: record.localHeaderOffset)
    guard local.readUInt32() == 0x0403_4B50, local.skip(22), let nameLength = local.readUInt16(),
      let extraLength = local.readUInt16(), local.skip(Int(nameLength) + Int(extraLength))
    else {
      return .failure(.damaged("its local header is missing or damaged"))
    }
    let start = local.offset
    guard start + record.compressedSize <= bytes.count else {
      return .failure(.damaged("its data runs past the end of the archive"))
    }
    let data = bytes[start..<(start + record.compressedSize)]

    if record.method == 0 {
      return data.count > limit ? .failure(.overLimit) : .success(Array(data))
    }
    do {
      guard let inflated = try Zlib.inflate(data, limit: limit) else { return .failure(.overLimit) }
      return .success(inflated)
    } catch let error as ZlibError {
      return .failure(.damaged(error.message))
    } catch {
      return .failure(.damaged("\(error)"))
    }
  }
}

/// The end of central directory record: where the directory is and how many entries it lists.
private struct CentralDirectory {
  var offset: Int
  var entryCount: Int
  var needsZip64: Bool

  init?(_ bytes: [UInt8]) {
    // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
    guard bytes.count >= 22 else { return nil }
    let earliest = max(0, bytes.count - 22 - 0xFFFF)
    var position = bytes.count - 22
    while position >= earliest {
      if bytes[position] == 0x50, bytes[position + 1] == 0x4B, bytes[position + 2] == 0x05,
        bytes[position + 3] == 0x06
      {
        var reader = ByteReader(bytes: bytes, offset: position + 10)
        guard let count = reader.readUInt16(), let size = reader.readUInt32(), let offset = reader.readUInt32(),
          let commentLength = reader.readUInt16()
        else { return nil }
        // The signature can also occur inside a comment; the real record's comment ends the file.
        guard position + 22 + Int(commentLength) == bytes.count else {
          position -= 1
          continue
        }
        self.entryCount = Int(count)
        self.offset = Int(offset)
        self.needsZip64 = count == 0xFFFF || offset == 0xFFFF_FFFF || size == 0xFFFF_FFFF
        guard needsZip64 || Int(offset) + Int(size) <= position else { return nil }
        return
      }
      position -= 1
    }
    return nil
  }
}

/// One central directory record.
private struct CentralRecord {
  var flags: UInt16
  var method: UInt16
  var checksum: UInt32
  var compressedSize: Int
  var uncompressedSize: Int
  var localHeaderOffset: Int
  var name: String

  init?(reading reader: inout ByteReader) {
    guard reader.readUInt32() == 0x0201_4B50, reader.skip(4), let flags = reader.readUInt16(),
      let method = reader.readUInt16(), reader.skip(4), let checksum = reader.readUInt32(),
      let compressedSize = reader.readUInt32(), let uncompressedSize = reader.readUInt32(),
      let nameLength = reader.readUInt16(), let extraLength = reader.readUInt16(),
      let commentLength = reader.readUInt16(), reader.skip(8), let localHeaderOffset = reader.readUInt32(),
      let nameBytes = reader.read(Int(nameLength)), reader.skip(Int(extraLength) + Int(commentLength))
    else { return nil }
    self.flags = flags
    self.method = method
    self.checksum = checksum
    self.compressedSize = Int(compressedSize)
    self.uncompressedSize = Int(uncompressedSize)
    self.localHeaderOffset = Int(localHeaderOffset)
    // Names flagged UTF-8 (bit 11) decode as UTF-8; other names are read the same way,
    // because plug-in file names are ASCII in practice and invalid bytes become U+FFFD.
    self.name = String(decoding: nameBytes, as: UTF8.self)
  }
}

/// Reads little-endian integers from a byte array without ever reading past its end.
private struct ByteReader {
  let bytes: [UInt8]
  var offset: Int

  mutating func read(_ count: Int) -> ArraySlice<UInt8>? {
    guard count >= 0, offset >= 0, offset + count <= bytes.count else { return nil }
    defer { offset += count }
    return bytes[offset..<(offset + count)]
  }

  mutating func skip(_ count: Int) -> Bool {
    read(count) != nil
  }

  mutating func readUInt16() -> UInt16? {
    guard let slice = read(2) else { return nil }
    return UInt16(slice[slice.startIndex]) | UInt16(slice[slice.startIndex + 1]) << 8
  }

  mutating func readUInt32() -> UInt32? {
    guard let slice = read(4) else { return nil }
    var value: UInt32 = 0
    for (shift, byte) in slice.enumerated() {
      value |= UInt32(byte) << (8 * UInt32(shift))
    }
    return value
  }
}
