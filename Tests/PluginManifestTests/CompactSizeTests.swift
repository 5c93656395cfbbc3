import Foundation
import PortaJSON
import Testing

@testable import PluginManifest

@Suite("JSONValue compact size")
struct CompactSizeTests {
  static let values: [JSONValue] = [
    nil, true, false, 0, "", [], [:],
    .number(JSONNumber(text: "-12.5e+3")!),
    "quote \" backslash \\ controls \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F} del \u{7F}",
    "separators \u{2028}\u{2029} and other E2 text: € – … ✓",
    "😀 é ע 中",
    ["a": [1, "two", nil, ["x": false, "y": [[], [:]]]], "b\"\u{2028}": "c"],
  ]

  @Test("equals the length JSONWriter writes", arguments: values)
  func equalsWriterLength(_ value: JSONValue) {
    #expect(value.compactSize == JSONWriter.string(value).utf8.count)
  }
}
