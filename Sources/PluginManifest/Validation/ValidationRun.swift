import PanelRouting
import PortaDiagnostics
import PortaJSON

/// The state of one manifest validation: the input, the diagnostics so far and what decoded.
///
/// Diagnostics are recorded with byte offsets. ``finish(placement:)`` turns
/// every offset into a line and column in one pass over the input, so a valid
/// manifest pays for no line index, and thousands of diagnostics on one long
/// line cost O(n) in all.
struct ValidationRun {
  let bytes: [UInt8]
  let file: String?
  let registry: PanelRegistry
  let options: ManifestValidator.Options

  /// Whether an error has made the document impossible to decode into a model.
  private(set) var blocksModel = false
  /// The diagnostics so far, each with the byte offset still to locate, or `nil` when the reader located it.
  private var pending: [(diagnostic: Diagnostic, offset: Int?)] = []

  init(bytes: [UInt8], file: String?, registry: PanelRegistry, options: ManifestValidator.Options) {
    self.bytes = bytes
    self.file = file
    self.registry = registry
    self.options = options
  }

  // MARK: - Reporting

  /// Adds the reader's diagnostics, giving each repeated key the JSON Pointer of its second occurrence.
  mutating func addReaderDiagnostics(_ readerDiagnostics: [Diagnostic], root: JSONNode?) {
    for var diagnostic in readerDiagnostics {
      if diagnostic.jsonPointer == nil, diagnostic.code == .jsonDuplicateKey, let root,
        let offset = diagnostic.location?.offset
      {
        diagnostic.jsonPointer = Self.pointer(ofKeyAt: offset, in: root)
      }
      if diagnostic.severity == .error {
        blocksModel = true
      }
      pending.append((diagnostic, nil))
    }
  }

  /// Reports `problem` at the byte `offset`.
  ///
  /// - Parameters:
  ///   - problem: What is wrong.
  ///   - offset: Where, as a byte offset into the input.
  ///   - pointer: The JSON Pointer of the value concerned.
  ///   - blocksModel: Whether an error means the document does not decode into a model.
  mutating func report(_ problem: ManifestProblem, at offset: Int, pointer: String, blocksModel: Bool = true) {
    if problem.severity == .error, blocksModel {
      self.blocksModel = true
    }
    let diagnostic = Diagnostic(
      problem.severity,
      code: problem.code,
      message: problem.message,
      file: file,
      jsonPointer: pointer,
      fixIt: problem.fixIt
    )
    pending.append((diagnostic, offset))
  }

  /// Reports each finding in the string `node` at the character it names.
  mutating func report(_ findings: [RuleFinding], in node: JSONNode, pointer: String, blocksModel: Bool = true) {
    for finding in findings {
      let offset = byteOffset(ofScalar: finding.scalarOffset, inString: node)
      report(finding.problem, at: offset, pointer: pointer, blocksModel: blocksModel)
    }
  }

  /// Returns every diagnostic located and ordered by location, and the placement with its offsets located.
  ///
  /// - Parameter placement: The places of the fields that the cross-manifest checks use, as byte offsets.
  /// - Complexity: O(n + k log k) for an input of n bytes and k diagnostics.
  func finish(placement: FieldOffsets = FieldOffsets()) -> (diagnostics: [Diagnostic], placement: Placement) {
    var offsets = pending.compactMap(\.offset)
    offsets += [placement.routerLink, placement.linkLabel].compactMap { $0 }
    let locations = Self.locations(of: offsets, in: bytes)

    var diagnostics: [Diagnostic] = []
    diagnostics.reserveCapacity(pending.count)
    for (diagnostic, offset) in pending {
      var located = diagnostic
      if let offset {
        located.location = locations[offset]
      }
      diagnostics.append(located)
    }
    let located = Placement(
      hostShape: placement.hostShape,
      routerLink: placement.routerLink.flatMap { locations[$0] },
      linkLabel: placement.linkLabel.flatMap { locations[$0] })
    return (diagnostics.sortedByLocation(), located)
  }

  /// Returns the location of each offset, found in one pass over `bytes`.
  ///
  /// Lines end at LF and columns count the bytes that start a UTF-8
  /// sequence, as in `SourceLocator`. An offset past the end is clamped to it.
  ///
  /// - Complexity: O(n + k log k) for n bytes and k offsets.
  static func locations(of offsets: [Int], in bytes: [UInt8]) -> [Int: SourceLocation] {
    var locations: [Int: SourceLocation] = [:]
    var line = 1
    var column = 1
    var position = 0
    for offset in Set(offsets).sorted() {
      let target = max(0, min(offset, bytes.count))
      while position < target {
        let byte = bytes[position]
        if byte == 0x0A {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        position += 1
      }
      locations[offset] = SourceLocation(line: line, column: column, offset: target)
    }
    return locations
  }

  // MARK: - Places in the input

  /// Returns the value's source text for messages, shortened when long.
  func written(_ node: JSONNode) -> String {
    JSONText.source(bytes, range: node.range)
  }

  /// Returns the byte offset of the decoded string's `scalarOffset`-th Unicode
  /// scalar inside the string literal `node`, stepping over escapes. Without
  /// `scalarOffset` it returns the offset of the literal's opening quote.
  func byteOffset(ofScalar scalarOffset: Int?, inString node: JSONNode) -> Int {
    guard let scalarOffset, case .string = node.kind else { return node.range.lowerBound }
    let end = node.range.upperBound - 1
    var position = node.range.lowerBound + 1
    var count = 0
    while count < scalarOffset, position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\\") {
        let isUnicodeEscape = position + 1 < end && bytes[position + 1] == UInt8(ascii: "u")
        position += isUnicodeEscape ? 6 : 2
        // A high surrogate escape and the low one after it decode to one scalar.
        if isUnicodeEscape, position + 1 < end, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u"), isHighSurrogateEscape(at: position - 6)
        {
          position += 6
        }
      } else {
        position += utf8Length(leadByte: byte)
      }
      count += 1
    }
    return min(position, end)
  }

  private func isHighSurrogateEscape(at position: Int) -> Bool {
    guard position + 5 < bytes.count else { return false }
    let digits = String(decoding: bytes[(position + 2)..<(position + 6)], as: UTF8.self)
    guard let unit = UInt32(digits, radix: 16) else { return false }
    return (0xD800...0xDBFF).contains(unit)
  }

  private func utf8Length(leadByte byte: UInt8) -> Int {
    switch byte {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }

  /// Returns the JSON Pointer of the member whose name starts at `offset`.
  ///
  /// Members and elements are stored in document order, so each level is a
  /// binary search; many repeated keys in a large object stay cheap.
  ///
  /// - Complexity: O(d × log w) for depth d and width w.
  static func pointer(ofKeyAt offset: Int, in root: JSONNode) -> String? {
    var node = root
    var pointer = ""
    while true {
      switch node.kind {
      case .object(let members):
        guard let index = lastIndex(in: members, startingAtOrBefore: offset, start: \.keyRange.lowerBound) else {
          return nil
        }
        let member = members[index]
        pointer = JSONPointer.appending(member.key, to: pointer)
        if member.keyRange.lowerBound == offset {
          return pointer
        }
        guard member.value.range.contains(offset) else { return nil }
        node = member.value
      case .array(let elements):
        guard let index = lastIndex(in: elements, startingAtOrBefore: offset, start: \.range.lowerBound),
          elements[index].range.contains(offset)
        else { return nil }
        pointer = JSONPointer.appending(index, to: pointer)
        node = elements[index]
      default:
        return nil
      }
    }
  }

  /// Returns the index of the last item whose start is at or before `offset`, in items sorted by start.
  private static func lastIndex<Item>(
    in items: [Item],
    startingAtOrBefore offset: Int,
    start: (Item) -> Int
  ) -> Int? {
    var low = 0
    var high = items.count
    while low < high {
      let middle = (low + high) / 2
      if start(items[middle]) <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low > 0 ? low - 1 : nil
  }
}
