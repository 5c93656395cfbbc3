import Foundation
import PluginManifest
import PortaJSON
import Testing

@Suite("PluginManifest Codable")
struct PluginManifestCodableTests {
  static let example = PluginManifest(
    route: "/customer/:id/general_info",
    routerLink: "contracts",
    linkLabel: "Contracts",
    panelSize: 2,
    data: ["endpoint": "https://contracts.example.com", "limits": ["rows": 50, "pages": 3]]
  )

  /// Decodes `text` with a plain `JSONDecoder`.
  static func decode(_ text: String) throws -> PluginManifest {
    try JSONDecoder().decode(PluginManifest.self, from: Data(text.utf8))
  }

  /// Returns the message of the `DecodingError` that decoding `text` throws.
  static func decodingMessage(_ text: String) -> String? {
    do {
      _ = try decode(text)
      return nil
    } catch let DecodingError.typeMismatch(_, context),
      let DecodingError.keyNotFound(_, context),
      let DecodingError.dataCorrupted(context),
      let DecodingError.valueNotFound(_, context)
    {
      return context.debugDescription
    } catch {
      return "unexpected error \(error)"
    }
  }

  @Test("decodes with a plain JSONDecoder")
  func decodesWithJSONDecoder() throws {
    let manifest = try Self.decode(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#)
    #expect(manifest.route == "/customer/:id/general_info")
    #expect(manifest.routerLink == "contracts")
    #expect(manifest.linkLabel == "Contracts")
    #expect(manifest.panelSize == 1)
    #expect(manifest.data == nil)
  }

  @Test(
    "reads panelSize as a number or a numeric string",
    arguments: [(#""2""#, 2), ("2", 2), ("4", 4), (#""12""#, 12)]
  )
  func readsPanelSize(written: String, expected: Int) throws {
    let manifest = try Self.decode(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":"#
        + written + "}")
    #expect(manifest.panelSize == expected)
  }

  @Test("keeps data null apart from no data")
  func keepsDataNull() throws {
    let manifest = try Self.decode(
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","data":null}"#)
    #expect(manifest.data == JSONValue.null)
  }

  @Test(
    "rejects bad values with actionable messages",
    arguments: [
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":5}"#,
        #"linkLabel 5 is a number, not a string. Write the link's text such as "Contracts"."#
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":0}"#,
        "panelSize 0 is invalid: expected a positive whole number such as 1."
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"C","panelSize":"wide"}"#,
        #"panelSize "wide" is invalid: expected a positive whole number such as 1."#
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"C","panelSize":-1}"#,
        "panelSize -1 is invalid: expected a positive whole number such as 1."
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"C","panelSize":1.5}"#,
        "panelSize 1.5 is invalid: expected a positive whole number such as 1."
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#,
        #"Required field linkLabel is missing. Add "linkLabel": "Contracts", or rename "linkLable", "#
          + "which looks like a misspelling of it."
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"javascript:alert(1)","linkLabel":"C"}"#,
        #"routerLink "javascript:alert(1)" is invalid: it starts with the scheme "javascript:", "#
          + #"so it would leave PortaBilling. Write a relative path such as "contracts"."#
      ),
      (
        #"{"route":"/customer/:id/:id","routerLink":"contracts","linkLabel":"C"}"#,
        #"route "/customer/:id/:id" is invalid: parameter ":id" appears twice."#
      ),
      (
        #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":" "}"#,
        #"linkLabel " " is empty. Write the link's text, such as "Contracts"."#
      ),
      (
        "[]",
        "The manifest is an array, not an object. Write it as a JSON object with route, routerLink and linkLabel members."
      ),
    ]
  )
  func rejectsBadValues(text: String, message: String) {
    #expect(Self.decodingMessage(text) == message)
  }

  @Test("reports the coding path of a mistyped field")
  func reportsCodingPath() throws {
    let text = #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":5}"#
    #expect {
      try Self.decode(text)
    } throws: { error in
      guard case DecodingError.typeMismatch(_, let context) = error else { return false }
      return context.codingPath.map(\.stringValue) == ["linkLabel"]
    }
  }

  @Test("writes canonical JSON in field order")
  func writesCanonicalJSON() {
    let expected =
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":2,"#
      + #""data":{"endpoint":"https://contracts.example.com","limits":{"rows":50,"pages":3}}}"#
    #expect(Self.example.canonicalJSON() == expected)
  }

  @Test("pretty-prints canonical JSON")
  func prettyPrintsCanonicalJSON() {
    let manifest = PluginManifest(route: "/customer/:id/general_info", routerLink: "contracts", linkLabel: "Contracts")
    let expected = """
      {
        "route": "/customer/:id/general_info",
        "routerLink": "contracts",
        "linkLabel": "Contracts",
        "panelSize": 1
      }
      """
    #expect(manifest.canonicalJSON(prettyPrinted: true) == expected)
    #expect(manifest.canonicalJSONData(prettyPrinted: true) == Data(expected.utf8))
  }

  static let roundTripManifests: [PluginManifest] = [
    example,
    PluginManifest(route: "/account/:id/general_info", routerLink: "usage/daily", linkLabel: "Daily usage"),
    PluginManifest(
      route: "/customer/:id/general_info", routerLink: "contracts", linkLabel: "Verträge 😀", panelSize: 4,
      data: .null),
    PluginManifest(
      route: "/customer/:id/general_info", routerLink: "c", linkLabel: "C",
      data: .array([.number(JSONNumber(text: "12345678901234567890")!), .number(JSONNumber(text: "0.1")!)])),
    PluginManifest(
      route: "/reseller/:id/general_info", routerLink: "a%20b", linkLabel: #"Quote " and \ backslash"#,
      data: ["z": 1, "a": ["nested": [true, false, nil]], "m": "line\nbreak"]),
  ]

  @Test("round-trips through JSONEncoder and JSONDecoder", arguments: roundTripManifests)
  func roundTripsThroughFoundation(_ manifest: PluginManifest) throws {
    // Foundation does not keep member order, so objects inside data are compared with sorted members.
    try expectRoundTrip(manifest) {
      try JSONEncoder().encode($0)
    } decode: {
      try JSONDecoder().decode(PluginManifest.self, from: $0)
    } normalize: { manifest in
      var sorted = manifest
      sorted.data = manifest.data.map(sortingMembers)
      return sorted
    }
  }

  @Test("round-trips through canonical JSON and the validator", arguments: roundTripManifests)
  func roundTripsThroughValidator(_ manifest: PluginManifest) throws {
    try expectRoundTrip(manifest) {
      $0.canonicalJSONData()
    } decode: {
      let result = ManifestValidator(registry: .default).validate($0)
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
      return try #require(result.manifest)
    }
  }

  @Test("keeps data member order and number text")
  func keepsDataOrderAndNumbers() throws {
    let text =
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":1,"#
      + #""data":{"zeta":12345678901234567890,"alpha":0.1,"mid":1E+2,"neg":-0.0,"list":[3,2,1]}}"#
    let manifest = try #require(ManifestValidator(registry: .default).validate(Data(text.utf8)).manifest)
    #expect(manifest.data?.objectValue?.keys == ["zeta", "alpha", "mid", "neg", "list"])
    #expect(manifest.data?["zeta"]?.numberValue?.text == "12345678901234567890")
    #expect(manifest.data?["alpha"]?.numberValue?.text == "0.1")
    #expect(manifest.data?["mid"]?.numberValue?.text == "1E+2")
    #expect(manifest.canonicalJSON() == text)
  }

  @Test("keeps exact numbers through JSONDecoder")
  func keepsNumbersThroughJSONDecoder() throws {
    let text =
      #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","#
      + #""data":{"big":12345678901234567890,"small":0.1}}"#
    let manifest = try Self.decode(text)
    #expect(manifest.data?["big"]?.numberValue?.text == "12345678901234567890")
    #expect(manifest.data?["small"]?.numberValue?.text == "0.1")
  }

  @Test("joins route and routerLink into the full route")
  func joinsFullRoute() {
    var manifest = PluginManifest(route: "/customer/:id/general_info/", routerLink: "/contracts", linkLabel: "C")
    #expect(manifest.fullRoute == "/customer/:id/general_info/contracts")
    manifest.routerLink = "contracts/list"
    #expect(manifest.fullRoute == "/customer/:id/general_info/contracts/list")
  }
}

/// Encodes `value`, decodes the result and expects a value equal after `normalize`.
func expectRoundTrip<Value: Equatable>(
  _ value: Value,
  encode: (Value) throws -> Data,
  decode: (Data) throws -> Value,
  normalize: (Value) -> Value = { $0 },
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let data = try encode(value)
  let decoded = try decode(data)
  #expect(
    normalize(decoded) == normalize(value), "\(String(decoding: data, as: UTF8.self))", sourceLocation: sourceLocation)
}

/// Returns `value` with every object's members sorted by name.
func sortingMembers(_ value: JSONValue) -> JSONValue {
  switch value {
  case .array(let elements):
    return .array(elements.map(sortingMembers))
  case .object(let object):
    let members = object.members.map { JSONMember(key: $0.key, value: sortingMembers($0.value)) }
    return .object(JSONObject(members.sorted { $0.key < $1.key }))
  default:
    return value
  }
}
