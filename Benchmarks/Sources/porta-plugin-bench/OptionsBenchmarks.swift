import ExternalApps
import Foundation
import PortaPluginFixtures

/// Option-document benchmarks: parsing and writing throughput, and peak memory.
enum OptionsBenchmarks {
  /// Returns a generated document of about `size` bytes: `[appN]KeyNN=value`
  /// lines with an occasional comment or blank line, LF line endings.
  static func generateDocument(size: Int, seed: UInt64) -> [UInt8] {
    var generator = SeededGenerator(seed: seed)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size + 128)
    var section = 0
    let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
    while bytes.count < size {
      switch generator.next() % 32 {
      case 0:
        bytes += Array("# generated comment line\n".utf8)
      case 1:
        bytes.append(0x0A)
      default:
        if generator.next() % 8 == 0 { section += 1 }
        bytes += Array("[app\(section)]Key\(generator.next() % 100)=".utf8)
        let length = 5 + Int(generator.next() % 40)
        for _ in 0..<length {
          bytes.append(letters[Int(generator.next() % 26)])
        }
        bytes.append(0x0A)
      }
    }
    return bytes
  }

  /// Parses naively, the baseline: splits on newlines, then on the first `]` and `=`.
  static func naiveParse(_ bytes: [UInt8]) -> [(section: String, key: String, value: String)] {
    let text = String(decoding: bytes, as: UTF8.self)
    var options: [(section: String, key: String, value: String)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      guard line.first == "[", let close = line.firstIndex(of: "]"),
        let equals = line[close...].firstIndex(of: "=")
      else { continue }
      options.append(
        (
          String(line[line.index(after: line.startIndex)..<close]),
          String(line[line.index(after: close)..<equals]),
          String(line[line.index(after: equals)...])
        )
      )
    }
    return options
  }

  /// Writes naively, the baseline: joins section, key and value of every option.
  static func naiveWrite(_ options: [(section: String, key: String, value: String)]) -> [UInt8] {
    var text = ""
    for option in options {
      text += "[\(option.section)]\(option.key)=\(option.value)\n"
    }
    return Array(text.utf8)
  }

  static func run(harness: Harness, directory: URL) throws -> [BenchmarkResult] {
    let size = 10_000_000
    let file = directory.appendingPathComponent("options-10MB.txt")
    try Data(generateDocument(size: size, seed: 42)).write(to: file)
    let bytes = [UInt8](try Data(contentsOf: file))
    // The canonical Extras line lists every application, so the writer needs long lines.
    let limits = OptionsLimits(maximumLineLength: 16 << 20, maximumDocumentSize: 64 << 20)

    let (parse, naiveParseTime) = harness.measurePair(
      { blackHole(OptionsDocument.parse(bytes, limits: limits).document.lineCount) },
      { blackHole(naiveParse(bytes).count) })

    // Writing: the canonical writer over a configuration of the same size, and the
    // lossless document re-encoding (which returns the bytes it keeps).
    let configuration = makeConfiguration(from: naiveParse(bytes))
    let written = try OptionsWriter(limits: limits).encode(configuration)
    let naiveOptions = configuration.applications.flatMap { application in
      application.options.map { (section: application.name, key: $0.key, value: $0.value) }
    }
    let (write, naiveWriteTime) = harness.measurePair(
      { blackHole(try? OptionsWriter(limits: limits).encode(configuration)) },
      { blackHole(naiveWrite(naiveOptions)) })

    return [
      makeResult(
        name: "options.parse.10MB",
        unit: .throughput(bytes: bytes.count),
        ours: parse,
        baseline: "naive split on newlines, ']' and '='",
        baselineMeasurement: naiveParseTime,
        note: "ours keeps every byte (lossless document) and checks every line"
      ),
      makeResult(
        name: "options.write.canonical",
        unit: .throughput(bytes: written.count),
        ours: write,
        baseline: "naive string join of [section]Key=value lines",
        baselineMeasurement: naiveWriteTime,
        note: "ours validates every section, key and value against line-break injection first"
      ),
    ]
  }

  /// Groups options into applications named by section, for the writer benchmark.
  static func makeConfiguration(from options: [(section: String, key: String, value: String)])
    -> ExternalAppsConfiguration
  {
    var order: [String] = []
    var grouped: [String: [ExternalApp.Option]] = [:]
    var seen = Set<String>()
    for option in options {
      // The generator repeats keys within a section; a configuration keeps one of each.
      guard seen.insert(option.section + "]" + option.key).inserted else { continue }
      if grouped[option.section] == nil { order.append(option.section) }
      grouped[option.section, default: []].append(ExternalApp.Option(key: option.key, value: option.value))
    }
    return ExternalAppsConfiguration(
      applications: order.map { name in
        ExternalApp(
          name: name,
          serverURL: URL(string: "https://\(name).example.com/api")!,
          credentials: Credentials(login: "operator", password: "secret"),
          otherOptions: grouped[name] ?? []
        )
      }
    )
  }

  /// Measures peak memory of parsing a 100 MB document in a child process, so
  /// the figure is not inflated by the other benchmarks' allocations.
  static func measureMemory(directory: URL) throws -> BenchmarkResult {
    let size = 100_000_000
    let file = directory.appendingPathComponent("options-100MB.txt")
    try Data(generateDocument(size: size, seed: 7)).write(to: file)

    let ours = try runProbe(kind: "options", file: file)
    let naive = try runProbe(kind: "naive", file: file)
    let ratio = Double(ours) / Double(size)
    return BenchmarkResult(
      name: "options.parse.100MB.peak-memory",
      unit: "x input size",
      median: ratio,
      min: ratio,
      max: ratio,
      baseline: "naive split parser, same file",
      baselineMedian: Double(naive) / Double(size),
      ratio: Double(ours) / Double(naive),
      note: "peak resident memory growth from before reading the file to after parsing it; target below 3x"
    )
  }

  /// Runs this executable with `--memory-probe KIND FILE` and returns the bytes it reports.
  private static func runProbe(kind: String, file: URL) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    process.arguments = ["--memory-probe", kind, file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let value = Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      throw BenchmarkFailure(message: "memory probe '\(kind)' failed with status \(process.terminationStatus)")
    }
    return value
  }

  /// Runs the child side of ``measureMemory(directory:)`` and prints the growth in peak resident bytes.
  static func memoryProbe(kind: String, path: String) -> Int32 {
    let before = peakResidentBytes()
    guard let data = FileManager.default.contents(atPath: path) else { return 1 }
    let bytes = [UInt8](data)
    if kind == "options" {
      let limits = OptionsLimits(maximumDocumentSize: 1 << 30)
      let result = OptionsDocument.parse(bytes, limits: limits)
      blackHole(result.document.lineCount)
    } else {
      blackHole(naiveParse(bytes).count)
    }
    print(peakResidentBytes() - before)
    return 0
  }
}

/// A benchmark that could not run.
struct BenchmarkFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
