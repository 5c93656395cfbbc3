import Foundation

/// One benchmark's figures beside its baseline's, as printed and as JSON.
struct BenchmarkResult: Codable, Sendable {
  /// The benchmark's name, such as `routing.match.default-registry`.
  var name: String
  /// The unit of `median`, `min` and `max`, such as `ns/match` or `MB/s`.
  var unit: String
  var median: Double
  var min: Double
  var max: Double
  /// The baseline's description, such as `linear scan over all patterns`.
  var baseline: String
  /// The baseline's median in the same unit.
  var baselineMedian: Double
  /// Our median time per operation divided by the baseline's: below 1 is faster.
  /// For memory figures, our memory divided by the baseline's.
  var ratio: Double
  /// A target or remark printed after the figures, if any.
  var note: String?
}

/// The unit a benchmark's figures are expressed in.
enum Unit: Sendable {
  /// Nanoseconds per operation.
  case nanoseconds(per: String)
  /// Operations per second.
  case rate(String)
  /// Megabytes (10^6 bytes) per second for an operation over `bytes` bytes.
  case throughput(bytes: Int)

  var label: String {
    switch self {
    case .nanoseconds(let operation): "ns/\(operation)"
    case .rate(let operation): "\(operation)/s"
    case .throughput: "MB/s"
    }
  }

  /// Converts seconds per operation into this unit.
  func value(secondsPerOperation seconds: Double) -> Double {
    switch self {
    case .nanoseconds: seconds * 1e9
    case .rate: 1 / seconds
    case .throughput(let bytes): Double(bytes) / 1e6 / seconds
    }
  }

  /// Whether a larger value is better, which swaps min and max when converting from time.
  var isRate: Bool {
    if case .nanoseconds = self { return false }
    return true
  }
}

/// Builds a result from our measurement and the baseline's.
func makeResult(
  name: String,
  unit: Unit,
  ours: Measurement,
  baseline: String,
  baselineMeasurement: Measurement,
  note: String? = nil
) -> BenchmarkResult {
  let fastest = unit.value(secondsPerOperation: ours.minimum)
  let slowest = unit.value(secondsPerOperation: ours.maximum)
  return BenchmarkResult(
    name: name,
    unit: unit.label,
    median: unit.value(secondsPerOperation: ours.median),
    min: Swift.min(fastest, slowest),
    max: Swift.max(fastest, slowest),
    baseline: baseline,
    baselineMedian: unit.value(secondsPerOperation: baselineMeasurement.median),
    ratio: ours.median / baselineMeasurement.median,
    note: note
  )
}

/// Formats a number with three significant digits, without scientific notation for common sizes.
func formatFigure(_ value: Double) -> String {
  if value >= 1000 { return String(format: "%.0f", value) }
  if value >= 100 { return String(format: "%.1f", value) }
  if value >= 10 { return String(format: "%.2f", value) }
  return String(format: "%.3f", value)
}

/// Prints one result as a block of text.
func printText(_ result: BenchmarkResult) {
  print("\(result.name)")
  print(
    "  ours:     median \(formatFigure(result.median)) \(result.unit)  "
      + "(min \(formatFigure(result.min)), max \(formatFigure(result.max)))"
  )
  print("  baseline: median \(formatFigure(result.baselineMedian)) \(result.unit)  [\(result.baseline)]")
  let meaning =
    result.unit.hasSuffix("input size")
    ? "our memory / baseline memory; below 1 is smaller" : "our time / baseline time; below 1 is faster"
  print("  ratio:    \(String(format: "%.3f", result.ratio)) (\(meaning))")
  if let note = result.note {
    print("  note:     \(note)")
  }
}
