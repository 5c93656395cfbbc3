import Foundation
import PluginArchive
import PortaDiagnostics
import Testing

/// Builds a one-entry ZIP by hand, so tests can make headers lie.
func handmadeZip(name: String, method: UInt16, payload: [UInt8], declaredSize: UInt32, checksum: UInt32) -> [UInt8] {
  var bytes: [UInt8] = []
  func append<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }
  let nameBytes = Array(name.utf8)
  append(UInt32(0x0403_4B50))
  append(UInt16(20))
  append(UInt16(0))
  append(method)
  append(UInt32(0))
  append(checksum)
  append(UInt32(payload.count))
  append(declaredSize)
  append(UInt16(nameBytes.count))
  append(UInt16(0))
  bytes += nameBytes + payload
  let centralOffset = bytes.count
  append(UInt32(0x0201_4B50))
  append(UInt16(20))
  append(UInt16(20))
  append(UInt16(0))
  append(method)
  append(UInt32(0))
  append(checksum)
  append(UInt32(payload.count))
  append(declaredSize)
  append(UInt16(nameBytes.count))
  append(UInt16(0))
  append(UInt16(0))
  append(UInt16(0))
  append(UInt16(0))
  append(UInt32(0))
  append(UInt32(0))
  bytes += nameBytes
  let centralSize = bytes.count - centralOffset
  append(UInt32(0x0605_4B50))
  append(UInt16(0))
  append(UInt16(0))
  append(UInt16(1))
  append(UInt16(1))
  append(UInt32(centralSize))
  append(UInt32(centralOffset))
  append(UInt16(0))
  return bytes
}

@Suite("ArchiveWriter and ArchiveReader")
struct ArchiveRoundTripTests {
  static let plugin = [
    ArchiveEntry(path: "index.html", contents: Array("<!DOCTYPE html><title>x</title>".utf8)),
    ArchiveEntry(path: "main.css", contents: Array(String(repeating: "body { margin: 0 }\n", count: 200).utf8)),
    ArchiveEntry(path: "main.js", contents: Array("console.log('ok')".utf8)),
    ArchiveEntry(path: "img/logo.svg", contents: Array("<svg/>".utf8)),
    ArchiveEntry(path: "empty.txt", contents: []),
  ]

  @Test("round-trips entries byte for byte")
  func roundTrips() throws {
    let archive = try ArchiveWriter.archive(Self.plugin)
    let result = ArchiveReader().read(archive)
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries == Self.plugin)
  }

  @Test("writes the same bytes twice")
  func isReproducible() throws {
    #expect(try ArchiveWriter.archive(Self.plugin) == ArchiveWriter.archive(Self.plugin))
  }

  @Test("compresses repetitive files")
  func compresses() throws {
    let big = ArchiveEntry(path: "main.css", contents: [UInt8](repeating: 0x41, count: 100_000))
    #expect(try ArchiveWriter.archive([big]).count < 2_000)
  }

  @Test(
    "rejects unsafe paths when writing",
    arguments: ["../evil.js", "/etc/passwd", "a\\b.js", "a//b.js", "./main.js", "C:/x.js", ""])
  func rejectsUnsafePathsWhenWriting(path: String) {
    #expect(throws: ArchiveWriterError.self) {
      try ArchiveWriter.archive([ArchiveEntry(path: path, contents: [1])])
    }
  }

  @Test("rejects a repeated path when writing")
  func rejectsRepeatedPath() {
    let entry = ArchiveEntry(path: "main.js", contents: [1])
    #expect(throws: ArchiveWriterError.duplicatePath("main.js")) {
      try ArchiveWriter.archive([entry, entry])
    }
  }
}

@Suite("ArchiveReader guards")
struct ArchiveReaderGuardTests {
  @Test("stops inflating at the declared size")
  func stopsAtDeclaredSize() throws {
    // A 4 MiB run of zeros deflates to a few KiB; the header claims 1 KB.
    let bomb = [UInt8](repeating: 0, count: 4 << 20)
    let compressed = try #require(
      try ArchiveWriter.archive([ArchiveEntry(path: "x", contents: bomb)]).deflatedPayload()
    )
    let archive = handmadeZip(name: "main.js", method: 8, payload: compressed, declaredSize: 1_000, checksum: 0)
    let result = ArchiveReader().read(archive, file: "plugin.zip")
    #expect(result.entries.isEmpty)
    #expect(result.diagnostics.map(\.code) == [.archiveSizeMismatch])
    #expect(
      result.diagnostics.first?.message
        == "Entry \"main.js\" inflates past its declared size of 1000 bytes. Reading stopped there; the archive is damaged or malicious."
    )
  }

  @Test("rejects entries over the size limit")
  func rejectsLargeEntries() throws {
    let archive = try ArchiveWriter.archive([
      ArchiveEntry(path: "main.js", contents: [UInt8](repeating: 1, count: 5_000))
    ])
    let reader = ArchiveReader(limits: .init(maximumEntrySize: 4_096))
    #expect(reader.read(archive).diagnostics.map(\.code) == [.archiveEntryTooLarge])
  }

  @Test("caps the total and the entry count")
  func capsTotalAndCount() throws {
    let entries = (0..<5).map { ArchiveEntry(path: "f\($0)", contents: [UInt8](repeating: 7, count: 1_000)) }
    let archive = try ArchiveWriter.archive(entries)
    let totalLimited = ArchiveReader(limits: .init(maximumTotalSize: 2_500)).read(archive)
    #expect(totalLimited.entries.count == 2)
    #expect(totalLimited.diagnostics.map(\.code).allSatisfy { $0 == .archiveEntryTooLarge })
    let countLimited = ArchiveReader(limits: .init(maximumEntryCount: 4)).read(archive)
    #expect(countLimited.diagnostics.map(\.code) == [.archiveTooManyEntries])
  }

  @Test("detects a wrong checksum")
  func detectsWrongChecksum() {
    let archive = handmadeZip(name: "main.js", method: 0, payload: Array("abc".utf8), declaredSize: 3, checksum: 1)
    #expect(ArchiveReader().read(archive).diagnostics.map(\.code) == [.archiveChecksumMismatch])
  }

  @Test("rejects unsafe entry paths")
  func rejectsUnsafeEntryPaths() {
    let archive = handmadeZip(name: "../../etc/cron.d/x", method: 0, payload: [], declaredSize: 0, checksum: 0)
    #expect(ArchiveReader().read(archive).diagnostics.map(\.code) == [.archiveUnsafePath])
  }

  @Test("rejects files that are not archives")
  func rejectsNonArchives() {
    #expect(ArchiveReader().read(Array("hello".utf8)).diagnostics.map(\.code) == [.archiveNotZip])
    #expect(ArchiveReader().read([]).diagnostics.map(\.code) == [.archiveNotZip])
  }

  @Test("survives every truncation")
  func survivesTruncation() throws {
    let archive = try ArchiveWriter.archive(ArchiveRoundTripTests.plugin)
    for length in stride(from: 0, to: archive.count, by: 7) {
      let result = ArchiveReader().read(Array(archive.prefix(length)))
      #expect(result.entries.count < ArchiveRoundTripTests.plugin.count || !result.diagnostics.isEmpty)
    }
  }
}

@Suite("PluginArchive")
struct PluginArchiveTests {
  @Test("reports a zipped folder instead of its contents")
  func reportsZippedFolder() throws {
    let entries = ["contracts/index.html", "contracts/main.css", "contracts/main.js"].map {
      ArchiveEntry(path: $0, contents: [1])
    }
    let diagnostics = PluginArchive.validate(entries, file: "contracts.zip")
    #expect(diagnostics.map(\.code) == [.archiveMissingRootFile])
    #expect(
      diagnostics.first?.message
        == "The archive root is missing index.html, main.css, main.js: they are inside the folder \"contracts/\". "
        + "Zip the folder's contents, not the folder itself."
    )
  }

  @Test("lists only the missing root files")
  func listsMissingRootFiles() {
    let entries = [ArchiveEntry(path: "index.html", contents: [1]), ArchiveEntry(path: "main.js", contents: [])]
    let diagnostics = PluginArchive.validate(entries)
    #expect(diagnostics.map(\.code) == [.archiveMissingRootFile, .archiveEmptyRootFile])
    #expect(diagnostics.first?.message.contains("missing main.css.") == true)
  }

  @Test("packs a folder without its manifest and options")
  func packsFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
    for name in ["index.html", "main.css", "main.js", "plugin.json", "options.txt", ".DS_Store", "img/a.png"] {
      try Data(name.utf8).write(to: folder.appendingPathComponent(name))
    }
    let entries = try PluginArchive.entries(inFolder: folder)
    #expect(entries.map(\.path) == ["img/a.png", "index.html", "main.css", "main.js"])
    #expect(PluginArchive.validate(entries).isEmpty)
  }
}

extension [UInt8] {
  /// Returns the compressed data of the first entry of an archive this package wrote.
  func deflatedPayload() -> [UInt8]? {
    guard count > 30 else { return nil }
    let compressedSize = Int(self[18]) | Int(self[19]) << 8 | Int(self[20]) << 16 | Int(self[21]) << 24
    let nameLength = Int(self[26]) | Int(self[27]) << 8
    let start = 30 + nameLength
    guard self[8] == 8, start + compressedSize <= count else { return nil }
    return Array(self[start..<(start + compressedSize)])
  }
}

@Suite("PluginArchive folders and links")
struct PluginFolderLinkTests {
  func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["index.html", "main.js", "real.css"] {
      try Data(name.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test("follows a link to a file inside the folder")
  func followsInsideLink() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("main.css").path, withDestinationPath: "real.css")

    let entries = try PluginArchive.entries(inFolder: folder)
    #expect(entries.first { $0.path == "main.css" }?.contents == Array("real.css".utf8))
    #expect(PluginFolder.check(folder, displayPath: "plugin").isEmpty)
  }

  @Test("rejects a link outside the folder")
  func rejectsOutsideLink() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("main.css").path, withDestinationPath: "/etc/hostname")

    #expect(throws: PluginFolderError.linkOutsideFolder(path: "main.css")) {
      try PluginArchive.entries(inFolder: folder)
    }
    #expect(PluginFolder.check(folder, displayPath: "plugin").map(\.code) == [.folderLinkOutside])
  }

  @Test("flags options and manifest inside an archive")
  func flagsUploadedSeparately() {
    let entries = ["index.html", "main.css", "main.js", "plugin.json", "options.txt"].map {
      ArchiveEntry(path: $0, contents: [1])
    }
    let diagnostics = PluginArchive.validate(entries)
    #expect(diagnostics.map(\.code) == [.archiveUnexpectedFile, .archiveUnexpectedFile])
    #expect(diagnostics.map(\.severity) == [.error, .warning])
  }

  @Test("does not call unreadable entries missing")
  func unreadableEntriesAreNotMissing() {
    let archive = handmadeZip(name: "main.js", method: 12, payload: [1, 2], declaredSize: 2, checksum: 0)
    let result = ArchiveReader().read(archive)
    #expect(result.unreadablePaths == ["main.js"])
    let diagnostics =
      result.diagnostics + PluginArchive.validate(result.entries, unreadablePaths: result.unreadablePaths)
    #expect(diagnostics.map(\.code) == [.archiveUnsupportedMethod, .archiveMissingRootFile])
    #expect(diagnostics.last?.message.contains("missing index.html, main.css.") == true)
  }
}
