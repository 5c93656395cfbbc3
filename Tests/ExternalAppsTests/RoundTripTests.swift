import PortaPluginFixtures
import Testing

@testable import ExternalApps

@Suite("OptionsDocument round trip")
struct RoundTripTests {
  @Test("fixtures encode to their bytes", arguments: Fixtures.all)
  func fixtures(_ fixture: Fixtures.Fixture) {
    expectRoundTrip(fixture.bytes)
  }

  @Test("generated documents without errors", arguments: 0..<40)
  func generatedValidDocuments(seed: UInt64) {
    var generator = DocumentGenerator(random: SeededGenerator(seed: seed), includesInvalidLines: false)
    let generated = generator.document(lineCount: Int(seed % 7) * 9 + 1)
    let result = OptionsDocument.parse(generated.bytes)

    #expect(!result.diagnostics.containsErrors, "seed \(seed): \(result.diagnostics.map(\.formatted))")
    #expect(result.document.encoded() == generated.bytes, "seed \(seed)")
    let parsed = result.document.options().map {
      ExpectedOption(line: $0.line, section: $0.section, key: $0.key, value: $0.value)
    }
    #expect(parsed == generated.options, "seed \(seed)")
    expectRoundTrip(generated.bytes)
  }

  @Test("generated documents with errors", arguments: 100..<140)
  func generatedInvalidDocuments(seed: UInt64) {
    var generator = DocumentGenerator(random: SeededGenerator(seed: seed), includesInvalidLines: true)
    let generated = generator.document(lineCount: 30)
    let result = OptionsDocument.parse(generated.bytes)

    #expect(result.document.encoded() == generated.bytes, "seed \(seed)")
    #expect(result.diagnostics.containsErrors == generated.hasInvalidLines, "seed \(seed)")
    let parsedOptions = result.document.options().map {
      ExpectedOption(line: $0.line, section: $0.section, key: $0.key, value: $0.value)
    }
    #expect(parsedOptions == generated.options, "seed \(seed)")
    expectRoundTrip(generated.bytes)
  }

  @Test("random bytes round trip", arguments: 200..<230)
  func randomBytes(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    let alphabet: [UInt8] = Array("[]=#; \tab\r\n".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xEF, 0xBB, 0xBF]
    let bytes = (0..<200).map { _ in alphabet.randomElement(using: &random)! }

    expectRoundTrip(bytes)
    expectRoundTrip(bytes, limits: OptionsLimits(maximumLineLength: 5))
  }
}
