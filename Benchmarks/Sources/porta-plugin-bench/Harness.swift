import Foundation

/// Keeps a value alive so the optimizer cannot delete the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// Timing settings for one run of the benchmarks.
struct HarnessSettings: Sendable {
  /// Time spent running an operation before measuring it.
  var warmUp: Duration = .milliseconds(150)
  /// The shortest time one round keeps repeating the operation.
  var roundTime: Duration = .milliseconds(200)
  /// How many rounds are measured; the median of them is reported.
  var rounds = 7
}

/// The spread of one measured operation over several rounds, in seconds per operation.
struct Measurement: Sendable {
  var median: Double
  var minimum: Double
  var maximum: Double
}

/// Times operations with a monotonic clock.
struct Harness: Sendable {
  var settings: HarnessSettings

  /// Measures the time of one call of `operation`.
  ///
  /// The operation runs repeatedly until a round has lasted at least
  /// ``HarnessSettings/roundTime``. Each round yields the time per call, and
  /// the result is the median, minimum and maximum over all rounds.
  func measure(_ operation: () -> Void) -> Measurement {
    measurePair(operation, nil).ours
  }

  /// Measures two operations in alternating rounds, so that a burst of load
  /// from other processes on a shared machine affects both about equally.
  func measurePair(_ ours: () -> Void, _ baseline: (() -> Void)?) -> (ours: Measurement, baseline: Measurement) {
    let clock = ContinuousClock()

    // Warm up caches, the allocator and lazily initialised state.
    func warmUp(_ operation: () -> Void) {
      let warmUpEnd = clock.now.advanced(by: settings.warmUp)
      while clock.now < warmUpEnd {
        operation()
      }
    }
    warmUp(ours)
    if let baseline {
      warmUp(baseline)
    }

    func round(_ operation: () -> Void) -> Double {
      var calls = 0
      let start = clock.now
      var elapsed = Duration.zero
      repeat {
        operation()
        calls += 1
        elapsed = clock.now - start
      } while elapsed < settings.roundTime
      return elapsed.seconds / Double(calls)
    }

    var oursPerCall: [Double] = []
    var baselinePerCall: [Double] = []
    for _ in 0..<settings.rounds {
      oursPerCall.append(round(ours))
      if let baseline {
        baselinePerCall.append(round(baseline))
      }
    }
    return (summarize(oursPerCall), baselinePerCall.isEmpty ? summarize(oursPerCall) : summarize(baselinePerCall))
  }

  private func summarize(_ values: [Double]) -> Measurement {
    let sorted = values.sorted()
    return Measurement(median: sorted[sorted.count / 2], minimum: sorted.first!, maximum: sorted.last!)
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

/// Returns the peak resident memory of this process so far, in bytes.
///
/// On Linux this is `VmHWM` from `/proc/self/status`, which starts afresh at
/// `exec`. `getrusage`'s `ru_maxrss` would carry the parent's peak into a
/// child process and hide the child's own growth.
func peakResidentBytes() -> Int {
  #if os(Linux)
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    {
      return kilobytes * 1024
    }
    return 0
  #else
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)  // bytes on macOS
  #endif
}
