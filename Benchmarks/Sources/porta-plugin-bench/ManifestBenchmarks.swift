import Foundation
import PanelRouting
import PluginManifest
import PortaJSON
import PortaPluginFixtures

/// Manifest benchmarks: decode plus validate, beside JSONDecoder.
enum ManifestBenchmarks {
  /// The example plug-in's manifest, as shipped in Examples/contracts.
  static let exampleManifest = """
    {
      "route": "/customer/:id/general_info",
      "routerLink": "contracts",
      "linkLabel": "Contracts",
      "panelSize": 1,
      "data": {
        "title": "Service contracts",
        "contracts": [
          { "number": "C-2026-0001", "plan": "Business Fiber 500", "start": "2026-01-15", "monthlyFee": 129.90 },
          { "number": "C-2026-0042", "plan": "SIP Trunk 30", "start": "2026-03-01", "monthlyFee": 45.00 }
        ],
        "supportEmail": "contracts@mybilling.com"
      }
    }
    """

  /// A plain Codable struct, the least a service would decode.
  private struct BareManifest: Decodable {
    var route: String
    var routerLink: String
    var linkLabel: String
    var panelSize: Int?
    var data: JSONValue?
  }

  /// Returns a manifest whose `data` is an array of contract objects of about `size` bytes.
  static func manifest(dataSize size: Int, seed: UInt64) -> [UInt8] {
    var generator = SeededGenerator(seed: seed)
    var text =
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":1,"data":["#
    let start = text.utf8.count
    var first = true
    while text.utf8.count - start < size {
      if !first { text += "," }
      first = false
      let number = generator.next() % 1_000_000
      let fee = Double(generator.next() % 100_000) / 100
      text += #"{"number":"C-\#(number)","plan":"Plan \#(generator.next() % 97)","active":\#(number % 2 == 0),"#
      text += #""monthlyFee":\#(fee),"tags":["fiber","sip"],"note":null}"#
    }
    text += "]}"
    return Array(text.utf8)
  }

  static func run(harness: Harness) throws -> [BenchmarkResult] {
    let validator = ManifestValidator(registry: .default)
    let example = Array(exampleManifest.utf8)
    let exampleData = Data(example)
    guard validator.validate(example).isValid else {
      throw BenchmarkFailure(message: "the example manifest does not validate")
    }

    let decoder = JSONDecoder()
    let validate = { blackHole(validator.validate(example).manifest) }
    let (ours, intoModel) = harness.measurePair(
      validate, { blackHole(try? decoder.decode(PluginManifest.self, from: exampleData)) })
    let (oursAgain, intoStruct) = harness.measurePair(
      validate, { blackHole(try? decoder.decode(BareManifest.self, from: exampleData)) })

    // Linearity: 1 MiB and 2 MiB of data, each decoded and validated once per call.
    let oneMiB = manifest(dataSize: 1 << 20, seed: 3)
    let twoMiB = manifest(dataSize: 2 << 20, seed: 3)
    guard validator.validate(twoMiB).manifest != nil else {
      throw BenchmarkFailure(message: "the 2 MiB manifest does not decode")
    }
    let oneMiBData = Data(oneMiB)
    let (twoTime, oneTime) = harness.measurePair(
      { blackHole(validator.validate(twoMiB).manifest) }, { blackHole(validator.validate(oneMiB).manifest) })
    let (oneAgain, oneDecoder) = harness.measurePair(
      { blackHole(validator.validate(oneMiB).manifest) },
      { blackHole(try? decoder.decode(PluginManifest.self, from: oneMiBData)) })

    return [
      makeResult(
        name: "manifest.example.decode-and-validate",
        unit: .nanoseconds(per: "manifest"),
        ours: ours,
        baseline: "JSONDecoder into PluginManifest (Codable, no registry checks)",
        baselineMeasurement: intoModel,
        note: "target: ratio at most 1.5"
      ),
      makeResult(
        name: "manifest.example.vs-plain-struct",
        unit: .nanoseconds(per: "manifest"),
        ours: oursAgain,
        baseline: "JSONDecoder into a plain struct with the same fields",
        baselineMeasurement: intoStruct,
        note: "target: ratio at most 1.5"
      ),
      makeResult(
        name: "manifest.1MiB-data.decode-and-validate",
        unit: .throughput(bytes: oneMiB.count),
        ours: oneAgain,
        baseline: "JSONDecoder into PluginManifest, same bytes",
        baselineMeasurement: oneDecoder
      ),
      makeResult(
        name: "manifest.linearity.2MiB-vs-1MiB",
        unit: .nanoseconds(per: "manifest"),
        ours: twoTime,
        baseline: "the same validator on 1 MiB of data",
        baselineMeasurement: oneTime,
        note: "ratio = time for 2 MiB / time for 1 MiB; linear is 2.0, target at most 2.2"
      ),
    ]
  }
}
