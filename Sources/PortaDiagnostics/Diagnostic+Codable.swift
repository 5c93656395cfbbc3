/// The JSON form of a diagnostic, the same as `porta-plugin --format json` prints:
/// `file`, `line`, `column`, `severity`, `code`, `message`, and `pointer` and
/// `fixIt` when known. `offset` carries the byte offset for round trips.
extension Diagnostic: Codable {
  private enum CodingKeys: String, CodingKey {
    case file, line, column, offset, severity, code, message, pointer, fixIt
  }

  /// Encodes the diagnostic in its flat JSON form; a missing file or location is `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(location?.line, forKey: .line)
    try container.encode(location?.column, forKey: .column)
    try container.encodeIfPresent(location?.offset, forKey: .offset)
    try container.encode(severity, forKey: .severity)
    try container.encode(code, forKey: .code)
    try container.encode(message, forKey: .message)
    try container.encodeIfPresent(jsonPointer, forKey: .pointer)
    try container.encodeIfPresent(fixIt, forKey: .fixIt)
  }

  /// Decodes the flat JSON form.
  ///
  /// - Throws: `DecodingError.dataCorrupted` for an empty code, a line or
  ///   column below 1, a negative offset, or a line without a column.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let code = try container.decode(DiagnosticCode.self, forKey: .code)
    guard !code.rawValue.isEmpty else {
      throw DecodingError.dataCorruptedError(
        forKey: .code, in: container, debugDescription: "The code is empty; expected a code such as json.duplicate-key."
      )
    }
    let line = try container.decodeIfPresent(Int.self, forKey: .line)
    let column = try container.decodeIfPresent(Int.self, forKey: .column)
    let offset = try container.decodeIfPresent(Int.self, forKey: .offset) ?? 0
    var location: SourceLocation?
    switch (line, column) {
    case (nil, nil):
      location = nil
    case (let line?, let column?) where line >= 1 && column >= 1 && offset >= 0:
      location = SourceLocation(line: line, column: column, offset: offset)
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .line, in: container,
        debugDescription: "The location is invalid; expected line and column of at least 1, or neither.")
    }
    self.init(
      try container.decode(Severity.self, forKey: .severity),
      code: code,
      message: try container.decode(String.self, forKey: .message),
      file: try container.decodeIfPresent(String.self, forKey: .file),
      location: location,
      jsonPointer: try container.decodeIfPresent(String.self, forKey: .pointer),
      fixIt: try container.decodeIfPresent(String.self, forKey: .fixIt)
    )
  }
}
