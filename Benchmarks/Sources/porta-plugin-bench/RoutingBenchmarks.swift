import PanelRouting

/// Route matching benchmarks on the default registry and on a generated 10,000-panel one.
enum RoutingBenchmarks {
  /// Returns the default panels plus generated `/entityN/:id[/general_info[/section_K]]`
  /// panels, `count` in all.
  static func largeRegistry(count: Int) throws -> PanelRegistry {
    var builder = PanelRegistryBuilder()
    for panel in PanelRegistry.default.panels {
      builder.add(panel)
    }
    var entity = 0
    while builder.panels.count < count {
      try builder.add(route: "/entity\(entity)/:id", title: "Entity \(entity)")
      try builder.add(route: "/entity\(entity)/:id/general_info", title: "General info")
      for section in 0..<6 where builder.panels.count < count {
        try builder.add(route: "/entity\(entity)/:id/general_info/section_\(section)", title: "Section \(section)")
      }
      entity += 1
    }
    return try builder.build()
  }

  /// Returns one concrete path per default panel, each parameter filled with `4711`.
  static func samplePaths() throws -> [String] {
    try PanelRegistry.default.panels.map { panel in
      var values: [String: String] = [:]
      for name in panel.pattern.parameterNames {
        values[name] = "4711"
      }
      return try panel.pattern.path(filling: values)
    }
  }

  /// Matches by linear scan, the baseline: tries every pattern and keeps the best-ranked match.
  static func linearScan(_ panels: [Panel], path: String) -> (Panel, [String: String])? {
    var best: (panel: Panel, parameters: [String: String], rank: [Int])?
    for panel in panels {
      guard let parameters = panel.pattern.match(path) else { continue }
      // Rank segment by segment: literal 0, parameter 1, catch-all 2; lower wins.
      let rank = panel.pattern.segments.map { segment -> Int in
        switch segment {
        case .literal: 0
        case .parameter: 1
        case .catchAll: 2
        }
      }
      if best == nil || rank.lexicographicallyPrecedes(best!.rank) {
        best = (panel, parameters, rank)
      }
    }
    return best.map { ($0.panel, $0.parameters) }
  }

  static func run(harness: Harness) throws -> [BenchmarkResult] {
    let small = PanelRegistry.default
    let large = try largeRegistry(count: 10_000)
    let paths = try samplePaths()

    // Both registries and the baseline must agree before anything is timed.
    for path in paths {
      guard let expected = small.match(path), large.match(path) == expected,
        linearScan(small.panels, path: path)?.0 == expected.panel
      else {
        throw BenchmarkFailure(message: "the routers disagree on \(path)")
      }
    }

    func matchAll(_ registry: PanelRegistry) -> () -> Void {
      {
        for path in paths {
          blackHole(registry.match(path))
        }
      }
    }
    func scanAll(_ registry: PanelRegistry) -> () -> Void {
      let panels = registry.panels
      return {
        for path in paths {
          blackHole(linearScan(panels, path: path))
        }
      }
    }

    let perBatch = Double(paths.count)
    func perMatch(_ measurement: Measurement) -> Measurement {
      Measurement(
        median: measurement.median / perBatch,
        minimum: measurement.minimum / perBatch,
        maximum: measurement.maximum / perBatch
      )
    }
    let (smallBatch, smallLinearBatch) = harness.measurePair(matchAll(small), scanAll(small))
    let largeLinear = perMatch(harness.measure(scanAll(large)))
    // The size ratio compares the two registries in alternating rounds.
    let (largeBatch, smallAgainBatch) = harness.measurePair(matchAll(large), matchAll(small))
    let smallTime = perMatch(smallBatch)
    let smallLinear = perMatch(smallLinearBatch)
    let largeTime = perMatch(largeBatch)
    let smallAgain = perMatch(smallAgainBatch)

    return [
      makeResult(
        name: "routing.match.default-registry",
        unit: .rate("matches"),
        ours: smallTime,
        baseline: "linear scan over all \(small.panels.count) patterns",
        baselineMeasurement: smallLinear,
        note: String(format: "%.0f ns per match", smallTime.median * 1e9)
      ),
      makeResult(
        name: "routing.match.10000-panels",
        unit: .rate("matches"),
        ours: largeTime,
        baseline: "linear scan over all \(large.panels.count) patterns",
        baselineMeasurement: largeLinear,
        note: String(format: "%.0f ns per match", largeTime.median * 1e9)
      ),
      makeResult(
        name: "routing.registry-size-ratio",
        unit: .nanoseconds(per: "match"),
        ours: largeTime,
        baseline: "the same paths on the default registry",
        baselineMeasurement: smallAgain,
        note: "ratio = time per match on 10,000 panels / on the default registry; target at most 1.5"
      ),
    ]
  }
}
