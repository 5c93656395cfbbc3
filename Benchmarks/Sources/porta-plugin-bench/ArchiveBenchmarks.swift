import BenchZlib
import Foundation
import PluginArchive
import PortaPluginFixtures

/// Archive benchmarks: packing a plug-in and reading it back.
enum ArchiveBenchmarks {
  /// Returns plug-in files of realistic shape: markup, a large script and a style sheet.
  static func generatePlugin(seed: UInt64) -> [ArchiveEntry] {
    var generator = SeededGenerator(seed: seed)
    let words = ["function", "return", "const", "data", "panel", "contract", "value", "render", "{", "}", ";", "=>"]
    func text(bytes: Int) -> [UInt8] {
      var output: [UInt8] = []
      while output.count < bytes {
        output += Array(words[Int(generator.next() % UInt64(words.count))].utf8)
        output.append(generator.next() % 9 == 0 ? 0x0A : 0x20)
      }
      return output
    }
    return [
      ArchiveEntry(path: "index.html", contents: text(bytes: 50_000)),
      ArchiveEntry(path: "main.css", contents: text(bytes: 200_000)),
      ArchiveEntry(path: "main.js", contents: text(bytes: 1_000_000)),
    ]
  }

  /// Compresses each file with zlib alone, the baseline, without the ZIP container or checks.
  static func rawDeflate(_ entries: [ArchiveEntry]) -> Int {
    var total = 0
    for entry in entries {
      var source = entry.contents
      var length = compressBound(uLong(source.count))
      var output = [UInt8](repeating: 0, count: Int(length))
      _ = compress2(&output, &length, &source, uLong(source.count), Z_DEFAULT_COMPRESSION)
      total += Int(length)
    }
    return total
  }

  static func run(harness: Harness) throws -> [BenchmarkResult] {
    let entries = generatePlugin(seed: 11)
    let size = entries.reduce(0) { $0 + $1.contents.count }
    let archive = try ArchiveWriter.archive(entries)
    guard ArchiveReader().read(archive).entries == entries else {
      throw BenchmarkFailure(message: "the archive does not read back to its entries")
    }

    let (pack, deflateOnly) = harness.measurePair(
      { blackHole(try? ArchiveWriter.archive(entries)) }, { blackHole(rawDeflate(entries)) })

    let compressedEntries = entries.map { entry -> (compressed: [UInt8], size: Int) in
      var source = entry.contents
      var length = compressBound(uLong(source.count))
      var output = [UInt8](repeating: 0, count: Int(length))
      _ = compress2(&output, &length, &source, uLong(source.count), Z_DEFAULT_COMPRESSION)
      return (Array(output.prefix(Int(length))), entry.contents.count)
    }
    let (read, uncompress) = harness.measurePair(
      { blackHole(ArchiveReader().read(archive).entries.count) },
      {
        for entry in compressedEntries {
          var compressed = entry.compressed
          var length = uLong(entry.size)
          var output = [UInt8](repeating: 0, count: entry.size)
          _ = BenchZlib.uncompress(&output, &length, &compressed, uLong(compressed.count))
          blackHole(output)
        }
      })

    return [
      makeResult(
        name: "archive.pack",
        unit: .throughput(bytes: size),
        ours: pack,
        baseline: "zlib compress2 of each file, no ZIP container",
        baselineMeasurement: deflateOnly,
        note: "\(entries.count) files, \(size) bytes; ours adds CRC-32, headers and path checks"
      ),
      makeResult(
        name: "archive.read",
        unit: .throughput(bytes: size),
        ours: read,
        baseline: "zlib uncompress of each file, no ZIP container",
        baselineMeasurement: uncompress,
        note: "ours adds bounded inflation, CRC-32 and size checks"
      ),
    ]
  }
}
