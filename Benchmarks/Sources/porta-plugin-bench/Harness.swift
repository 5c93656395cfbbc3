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
  /// ``HarnessSettings/roundTime``; each round yields the time per call, and
  /// the result is the median, minimum and maximum over all rounds.
  func measure(_ operation: () -> Void) -> Measurement {
    let clock = ContinuousClock()

    // Warm up caches, the allocator and lazily initialised state.
    let warmUpEnd = clock.now.advanced(by: settings.warmUp)
    var calibration = 0
    while clock.now < warmUpEnd {
      operation()
      calibration += 1
    }

    var perCall: [Double] = []
    for _ in 0..<settings.rounds {
      var calls = 0
      let start = clock.now
      var elapsed = Duration.zero
      repeat {
        operation()
        calls += 1
        elapsed = clock.now - start
      } while elapsed < settings.roundTime
      perCall.append(elapsed.seconds / Double(calls))
    }
    perCall.sort()
    return Measurement(median: perCall[perCall.count / 2], minimum: perCall.first!, maximum: perCall.last!)
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

/// The peak resident memory of this process so far, in bytes.
func peakResidentBytes() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF, &usage)
  #if os(Linux)
    return Int(usage.ru_maxrss) * 1024
  #else
    return Int(usage.ru_maxrss)
  #endif
}

/// A deterministic pseudo-random generator (SplitMix64), so every run measures the same inputs.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
