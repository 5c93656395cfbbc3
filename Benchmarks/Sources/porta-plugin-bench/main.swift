import Foundation

// porta-plugin-bench: measures every hot path of PortaPluginKit beside a baseline.
//
//   swift run -c release --package-path Benchmarks porta-plugin-bench [--filter NAME] [--format text|json]

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--memory-probe", arguments.count == 3 {
  exit(OptionsBenchmarks.memoryProbe(kind: arguments[1], path: arguments[2]))
}

var filter: String?
var format = "text"
var index = 0
while index < arguments.count {
  switch arguments[index] {
  case "--filter" where index + 1 < arguments.count:
    filter = arguments[index + 1]
    index += 2
  case "--format" where index + 1 < arguments.count && ["text", "json"].contains(arguments[index + 1]):
    format = arguments[index + 1]
    index += 2
  case "--help", "-h":
    print("Usage: porta-plugin-bench [--filter NAME] [--format text|json]")
    print("  --filter NAME  Runs only the benchmarks whose group or name contains NAME.")
    print("  --format       Sets the output: text (default) or json, one object per benchmark.")
    exit(0)
  default:
    FileHandle.standardError.write(Data("error: unknown argument '\(arguments[index])'; see --help\n".utf8))
    exit(2)
  }
}

#if DEBUG
  FileHandle.standardError.write(Data("warning: this is a debug build; run with -c release for real figures\n".utf8))
#endif

let harness = Harness(settings: HarnessSettings())
let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
  "porta-plugin-bench-\(ProcessInfo.processInfo.processIdentifier)"
)
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

/// The benchmark groups, each run when the filter matches its name or any benchmark in it.
let groups: [(name: String, run: () throws -> [BenchmarkResult])] = [
  ("routing", { try RoutingBenchmarks.run(harness: harness) }),
  ("manifest", { try ManifestBenchmarks.run(harness: harness) }),
  ("options", { try OptionsBenchmarks.run(harness: harness, directory: directory) }),
  ("options.memory", { [try OptionsBenchmarks.measureMemory(directory: directory)] }),
  ("authinfo", { try AuthInfoBenchmarks.run(harness: harness) }),
  ("archive", { try ArchiveBenchmarks.run(harness: harness) }),
]

var results: [BenchmarkResult] = []
var failures = 0
for group in groups where filter.map({ group.name.contains($0) || $0.hasPrefix(group.name) }) ?? true {
  let groupResults: [BenchmarkResult]
  do {
    groupResults = try group.run()
  } catch {
    FileHandle.standardError.write(Data("error: benchmark group '\(group.name)' failed: \(error)\n".utf8))
    failures += 1
    continue
  }
  for result in groupResults where filter.map({ result.name.contains($0) || group.name.contains($0) }) ?? true {
    results.append(result)
    if format == "text" {
      printText(result)
      print()
      fflush(nil)
    }
  }
}

if format == "json" {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  for result in results {
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
  }
}

if failures > 0 {
  exit(1)
}
