import AuthInfo
import Foundation
import PortaJSON
import Testing

/// A round-trip path that failed before it reached the decoder.
struct RoundTripFailure: Error, CustomStringConvertible {
  var reason: String

  var description: String { reason }
}

/// Checks that `original` survives every build and decode path with identical
/// UTF-8 bytes, and records an issue that names the path and the body when not.
///
/// The paths are: `requestBody` read as bytes, the same body read as a parsed
/// `JSONValue`, `jsonText` read alone, and a `JSONEncoder` and `JSONDecoder` pass
/// through `Codable`. Bytes are compared because `String` equality accepts a
/// canonically equivalent change.
///
/// - Returns: Whether every path returned the same bytes.
@discardableResult
func checkRoundTrip(
  _ original: AuthInfo,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Bool {
  let body = original.requestBody
  var decodedByPath: [(path: String, result: Result<AuthInfo, any Error>)] = []

  decodedByPath.append(("bytes", Result { try AuthInfo(requestBody: Array(body.utf8)) }))
  if let value = JSONReader().read(Array(body.utf8)).root?.value {
    decodedByPath.append(("parsed value", Result { try AuthInfo(requestBody: value) }))
  } else {
    decodedByPath.append(("parsed value", .failure(RoundTripFailure(reason: "the JSON reader rejected the body"))))
  }
  decodedByPath.append(("inner text", Result { try AuthInfo(jsonText: original.jsonText) }))
  decodedByPath.append(
    (
      "Codable",
      Result {
        let data = try JSONEncoder().encode([original])
        return try JSONDecoder().decode([AuthInfo].self, from: data)[0]
      }
    ))

  var isSame = true
  for (path, result) in decodedByPath {
    switch result {
    case .success(let decoded) where decoded.matches(original):
      continue
    case .success:
      Issue.record("\(path) changed the credentials of body \(body.debugDescription)", sourceLocation: sourceLocation)
    case .failure(let error):
      Issue.record("\(path) failed for body \(body.debugDescription): \(error)", sourceLocation: sourceLocation)
    }
    isSame = false
  }
  return isSame
}
