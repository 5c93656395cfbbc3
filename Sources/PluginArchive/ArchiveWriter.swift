/// Writes ZIP archives that PortaBilling's plug-in upload accepts.
///
/// The output is reproducible: entries are written in the order given, every
/// timestamp is 1980-01-01 00:00 (the earliest a ZIP can store), and names are
/// flagged as UTF-8. Each entry is DEFLATE-compressed unless storing it is
/// smaller, as ZIP readers expect.
public enum ArchiveWriter {
  /// Returns a ZIP archive of `entries`.
  ///
  /// - Parameter entries: The files, in the order to write them.
  /// - Returns: The archive's bytes.
  /// - Throws: ``ArchiveWriterError`` for an unsafe or repeated path, or an
  ///   archive that would need ZIP64 (4 GiB or 65,535 entries).
  /// - Complexity: O(n) in the total size of the entries.
  public static func archive(_ entries: [ArchiveEntry]) throws -> [UInt8] {
    guard entries.count < 0xFFFF else { throw ArchiveWriterError.tooManyEntries(count: entries.count) }
    var seen = Set<String>()
    var output: [UInt8] = []
    var central: [UInt8] = []

    for entry in entries {
      if let reason = ArchivePath.unsafeReason(entry.path) {
        throw ArchiveWriterError.unsafePath(entry.path, reason: reason)
      }
      guard seen.insert(entry.path).inserted else { throw ArchiveWriterError.duplicatePath(entry.path) }

      let name = Array(entry.path.utf8)
      let checksum = Zlib.crc32(entry.contents)
      let deflated = try Zlib.deflate(entry.contents)
      let isDeflated = deflated.count < entry.contents.count
      let stored = isDeflated ? deflated : entry.contents
      let offset = output.count
      guard offset + stored.count + name.count + 30 < 0xFFFF_FFFF else {
        throw ArchiveWriterError.tooLarge
      }

      // Local file header.
      output.appendLittleEndian(UInt32(0x0403_4B50))
      output.appendLittleEndian(UInt16(20))  // version needed: 2.0
      output.appendLittleEndian(UInt16(0x0800))  // flags: names are UTF-8
      output.appendLittleEndian(UInt16(isDeflated ? 8 : 0))
      output.appendLittleEndian(UInt16(0))  // time 00:00:00
      output.appendLittleEndian(UInt16(0x21))  // date 1980-01-01
      output.appendLittleEndian(checksum)
      output.appendLittleEndian(UInt32(stored.count))
      output.appendLittleEndian(UInt32(entry.contents.count))
      output.appendLittleEndian(UInt16(name.count))
      output.appendLittleEndian(UInt16(0))
      output.append(contentsOf: name)
      output.append(contentsOf: stored)

      // Central directory record for the same entry.
      central.appendLittleEndian(UInt32(0x0201_4B50))
      central.appendLittleEndian(UInt16(0x031E))  // made by: Unix, ZIP 3.0
      central.appendLittleEndian(UInt16(20))
      central.appendLittleEndian(UInt16(0x0800))
      central.appendLittleEndian(UInt16(isDeflated ? 8 : 0))
      central.appendLittleEndian(UInt16(0))
      central.appendLittleEndian(UInt16(0x21))
      central.appendLittleEndian(checksum)
      central.appendLittleEndian(UInt32(stored.count))
      central.appendLittleEndian(UInt32(entry.contents.count))
      central.appendLittleEndian(UInt16(name.count))
      central.appendLittleEndian(UInt16(0))  // extra field length
      central.appendLittleEndian(UInt16(0))  // comment length
      central.appendLittleEndian(UInt16(0))  // disk number
      central.appendLittleEndian(UInt16(0))  // internal attributes
      central.appendLittleEndian(UInt32(0o100644) << 16)  // external attributes: regular file, rw-r--r--
      central.appendLittleEndian(UInt32(offset))
      central.append(contentsOf: name)
    }

    let centralOffset = output.count
    output.append(contentsOf: central)
    guard output.count < 0xFFFF_FFFF else { throw ArchiveWriterError.tooLarge }

    // End of central directory record.
    output.appendLittleEndian(UInt32(0x0605_4B50))
    output.appendLittleEndian(UInt16(0))
    output.appendLittleEndian(UInt16(0))
    output.appendLittleEndian(UInt16(entries.count))
    output.appendLittleEndian(UInt16(entries.count))
    output.appendLittleEndian(UInt32(central.count))
    output.appendLittleEndian(UInt32(centralOffset))
    output.appendLittleEndian(UInt16(0))
    return output
  }
}

/// The reasons ``ArchiveWriter`` rejects entries.
public enum ArchiveWriterError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A path that would let an unpacker write outside its folder.
  case unsafePath(String, reason: String)
  /// Two entries with the same path.
  case duplicatePath(String)
  /// More entries than a ZIP without ZIP64 can hold.
  case tooManyEntries(count: Int)
  /// An archive of 4 GiB or more.
  case tooLarge

  /// A sentence saying what is wrong and what to do.
  public var description: String {
    switch self {
    case .unsafePath(let path, let reason):
      "Cannot archive \"\(path)\": \(reason)."
    case .duplicatePath(let path):
      "Cannot archive \"\(path)\" twice. Give each file one path."
    case .tooManyEntries(let count):
      "Cannot archive \(count) files: a ZIP without ZIP64 holds at most 65534."
    case .tooLarge:
      "Cannot archive 4 GiB or more: a ZIP without ZIP64 holds less, and a plug-in must be far smaller."
    }
  }
}

extension [UInt8] {
  mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
