import PanelRouting
import PortaDiagnostics
import PortaJSON

/// The state of one manifest validation: the input, the diagnostics so far and what decoded.
///
/// Offsets become lines and columns only when a diagnostic is reported, and
/// the line index is built on the first report, so a valid manifest never
/// pays for it.
struct ValidationRun {
  let bytes: [UInt8]
  let file: String?
  let registry: PanelRegistry
  let options: ManifestValidator.Options

  private(set) var diagnostics: [Diagnostic] = []
  /// Whether an error has made the document impossible to decode into a model.
  private(set) var blocksModel = false
  private var locator: SourceLocator?

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
      diagnostics.append(diagnostic)
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
    diagnostics.append(
      Diagnostic(
        problem.severity,
        code: problem.code,
        message: problem.message,
        file: file,
        location: location(ofOffset: offset),
        jsonPointer: pointer,
        fixIt: problem.fixIt
      )
    )
  }

  /// Reports each finding in the string `node` at the character it names.
  mutating func report(_ findings: [RuleFinding], in node: JSONNode, pointer: String, blocksModel: Bool = true) {
    for finding in findings {
      let offset = byteOffset(ofScalar: finding.scalarOffset, inString: node)
      report(finding.problem, at: offset, pointer: pointer, blocksModel: blocksModel)
    }
  }

  /// Returns the line and column of a byte offset, building the line index on first use.
  mutating func location(ofOffset offset: Int) -> SourceLocation {
    if locator == nil {
      locator = SourceLocator(bytes)
    }
    return locator!.location(ofOffset: offset)
  }

  /// Returns the line and column of a byte offset without building the line
  /// index, for places recorded on valid input, which usually lie near the start.
  ///
  /// - Complexity: O(offset), without allocating; O(log lines) once the index exists.
  func placeLocation(ofOffset offset: Int) -> SourceLocation {
    if let locator {
      return locator.location(ofOffset: offset)
    }
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // Continuation bytes (10xxxxxx) do not start a new column.
    var column = 1
    for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
      column += 1
    }
    return SourceLocation(line: line, column: column, offset: offset)
  }

  // MARK: - Places in the input

  /// The value's source text for messages, shortened when long.
  func written(_ node: JSONNode) -> String {
    JSONText.source(bytes, range: node.range)
  }

  /// Returns the byte offset of the decoded string's `scalarOffset`-th Unicode
  /// scalar inside the string literal `node`, stepping over escapes; the
  /// literal's opening quote when `scalarOffset` is `nil`.
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

  /// Returns the JSON Pointer of the member whose name starts at `offset`, searching only the containers around it.
  static func pointer(ofKeyAt offset: Int, in root: JSONNode) -> String? {
    var node = root
    var pointer = ""
    while true {
      switch node.kind {
      case .object(let members):
        if let member = members.first(where: { $0.keyRange.lowerBound == offset }) {
          return JSONPointer.appending(member.key, to: pointer)
        }
        guard let member = members.first(where: { $0.value.range.contains(offset) }) else { return nil }
        pointer = JSONPointer.appending(member.key, to: pointer)
        node = member.value
      case .array(let elements):
        guard let index = elements.firstIndex(where: { $0.range.contains(offset) }) else { return nil }
        pointer = JSONPointer.appending(index, to: pointer)
        node = elements[index]
      default:
        return nil
      }
    }
  }
}
