import PortaPluginFixtures
import Testing

@testable import PanelRouting

@Suite("Segment comparison")
struct SegmentComparisonTests {
  /// Returns `byte` with A–Z mapped to a–z, one byte at a time, as the reference.
  static func lowercased(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }

  @Test("word lowercasing folds only A to Z")
  func wordLowercasing() {
    for byte in UInt8.min...UInt8.max {
      for lane in 0..<8 {
        let word = UInt64(byte) << (8 * UInt64(lane)) | 0x4142_4344_5B40_7A80 & ~(0xFF << (8 * UInt64(lane)))
        let folded = SegmentComparison.lowercased(word: word)
        for index in 0..<8 {
          let input = UInt8(truncatingIfNeeded: word >> (8 * UInt64(index)))
          let output = UInt8(truncatingIfNeeded: folded >> (8 * UInt64(index)))
          #expect(output == Self.lowercased(input), "byte \(input) in lane \(index)")
        }
      }
    }
  }

  @Test("equality and hash agree with reference")
  func equalityAndHash() {
    var generator = SeededGenerator(seed: 99)
    let alphabet: [UInt8] = Array("aAzZ@[`{_09".utf8) + [0xC3, 0xA9, 0x80, 0xFF]
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...20, using: &generator)
      let left = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      var right = left
      if Bool.random(using: &generator), !right.isEmpty {
        let index = Int.random(in: 0..<right.count, using: &generator)
        right[index] = alphabet.randomElement(using: &generator)!
      }
      let exact = left == right
      let folded = left.map(Self.lowercased) == right.map(Self.lowercased)
      left.withUnsafeBufferPointer { leftBytes in
        right.withUnsafeBufferPointer { rightBytes in
          #expect(SegmentComparison.equals(leftBytes, rightBytes, foldingCase: false) == exact)
          #expect(SegmentComparison.equals(leftBytes, rightBytes, foldingCase: true) == folded)
          if exact {
            #expect(
              SegmentComparison.hash(leftBytes, foldingCase: false)
                == SegmentComparison.hash(rightBytes, foldingCase: false))
          }
          if folded {
            #expect(
              SegmentComparison.hash(leftBytes, foldingCase: true)
                == SegmentComparison.hash(rightBytes, foldingCase: true))
          }
        }
      }
    }
  }

  @Test("different lengths never equal")
  func lengths() {
    let short: [UInt8] = Array("abc".utf8)
    let long: [UInt8] = Array("abc\u{0}".utf8)
    short.withUnsafeBufferPointer { left in
      long.withUnsafeBufferPointer { right in
        #expect(!SegmentComparison.equals(left, right, foldingCase: false))
        #expect(
          SegmentComparison.hash(left, foldingCase: false) != SegmentComparison.hash(right, foldingCase: false))
      }
    }
  }
}
