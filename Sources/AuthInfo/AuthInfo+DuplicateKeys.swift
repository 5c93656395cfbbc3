import PortaDiagnostics
import PortaJSON

extension AuthInfo {
  /// Throws ``AuthInfoDecodingError/duplicateKey(name:pointer:location:)`` for the
  /// first repeated key in document order.
  ///
  /// `pointer` is the JSON Pointer of `root`.
  static func checkForDuplicateKeys(
    in root: JSONNode,
    result: JSONReadResult,
    pointer: String,
    errorPlace: ErrorPlace
  ) throws(AuthInfoDecodingError) {
    // The reader reports each repeated key but not its path, so the tree is walked
    // only when it reported one. Valid bodies skip the walk.
    guard result.diagnostics.contains(where: { $0.code == .jsonDuplicateKey }) else {
      return
    }

    // An explicit stack, pushed in reverse, visits nodes in document order
    // without recursion.
    var stack: [(node: JSONNode, pointer: String)] = [(root, pointer)]
    while let (node, nodePointer) = stack.popLast() {
      switch node.kind {
      case .object(let members):
        var seenKeys = Set<String>()
        for member in members where !seenKeys.insert(member.key).inserted {
          let place = errorPlace.location(ofOffset: member.keyRange.lowerBound, in: result)
          throw .duplicateKey(name: member.key, pointer: nodePointer, location: place)
        }
        for member in members.reversed() {
          stack.append((member.value, JSONPointer.appending(member.key, to: nodePointer)))
        }
      case .array(let elements):
        for (index, element) in elements.enumerated().reversed() {
          stack.append((element, JSONPointer.appending(index, to: nodePointer)))
        }
      default:
        break
      }
    }
  }

  /// Throws ``AuthInfoDecodingError/duplicateKey(name:pointer:location:)`` for the
  /// first repeated key in a parsed value, in document order.
  static func checkForDuplicateKeys(in root: JSONValue) throws(AuthInfoDecodingError) {
    var stack: [(value: JSONValue, pointer: String)] = [(root, "")]
    while let (value, pointer) = stack.popLast() {
      switch value {
      case .object(let object):
        var seenKeys = Set<String>()
        for member in object.members where !seenKeys.insert(member.key).inserted {
          throw .duplicateKey(name: member.key, pointer: pointer, location: nil)
        }
        for member in object.members.reversed() {
          stack.append((member.value, JSONPointer.appending(member.key, to: pointer)))
        }
      case .array(let elements):
        for (index, element) in elements.enumerated().reversed() {
          stack.append((element, JSONPointer.appending(index, to: pointer)))
        }
      default:
        break
      }
    }
  }
}
