import PortaJSON

extension PluginManifest: Codable {
  /// Decodes a manifest with any decoder, such as `JSONDecoder`, applying the rules that need no registry.
  ///
  /// The required string fields must be present and strings, and
  /// `routerLink` must be a relative path. `linkLabel` must contain visible
  /// text on one line. `panelSize`, when present, must be a positive whole
  /// number or a string of digits. Unknown keys are ignored. Rules that need a
  /// panel registry, and the warnings, are left to ``ManifestValidator``,
  /// which also reports a repeated key that `JSONDecoder` silently resolves.
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError.typeMismatch` when the manifest is not an object
  ///   or a string field has another type. `DecodingError.keyNotFound` for a
  ///   missing required field. `DecodingError.dataCorrupted` for a value that
  ///   breaks a rule. Each message is the ``ManifestProblem/message`` the
  ///   validator prints, which names the field and the expected value.
  /// - Note: Through `JSONDecoder` a number's text is rebuilt from its value,
  ///   so `"panelSize": 2.0` reads as 2 here while ``ManifestValidator``, which
  ///   sees the text, rejects it.
  /// - Complexity: O(n) in the size of the manifest.
  public init(from decoder: any Decoder) throws {
    let container: KeyedDecodingContainer<ManifestField>
    do {
      container = try decoder.container(keyedBy: ManifestField.self)
    } catch DecodingError.typeMismatch(_, let context) {
      let type = (try? decoder.singleValueContainer().decode(JSONValue.self))?.typeName ?? "value"
      let problem = ManifestProblem.notAnObject(type: type)
      throw DecodingError.typeMismatch(
        PluginManifest.self, DecodingError.Context(codingPath: context.codingPath, debugDescription: problem.message))
    }

    route = try Self.decodeString(.route, from: container, decoder: decoder)
    if let problem = RouteRule.syntaxFindings(route, written: JSONText.quoted(route)).first(where: \.isError) {
      throw Self.invalidValue(problem.problem, field: .route, in: container)
    }

    routerLink = try Self.decodeString(.routerLink, from: container, decoder: decoder)
    let written = JSONText.quoted(routerLink)
    if let problem = RouterLinkRule.check(routerLink, written: written).first(where: \.isError) {
      throw Self.invalidValue(problem.problem, field: .routerLink, in: container)
    }

    linkLabel = try Self.decodeString(.linkLabel, from: container, decoder: decoder)
    let labelFindings = LinkLabelRule.check(
      linkLabel, written: JSONText.quoted(linkLabel),
      maximumLength: ManifestValidator.Options.default.maximumLinkLabelLength)
    if let problem = labelFindings.first(where: \.isError) {
      throw Self.invalidValue(problem.problem, field: .linkLabel, in: container)
    }

    if container.contains(.panelSize) {
      let value = try container.decode(JSONValue.self, forKey: .panelSize)
      switch PanelSizeRule.size(of: value, written: JSONText.written(value)) {
      case .success(let size): panelSize = size
      case .failure(let problem): throw Self.invalidValue(problem, field: .panelSize, in: container)
      }
    } else {
      panelSize = Self.defaultPanelSize
    }

    // `decodeIfPresent` would turn `"data": null` into `nil`, so presence is checked first. A plain
    // `nil` in a conditional expression would become `JSONValue.null`, which is a nil literal too.
    if container.contains(.data) {
      data = try container.decode(JSONValue.self, forKey: .data)
    } else {
      data = Optional.none
    }
  }

  /// Encodes the manifest's members, with `panelSize` as a number and `data` only when set.
  ///
  /// The members are handed to the encoder in canonical order. Foundation's
  /// `JSONEncoder` and `JSONDecoder` (swift-foundation in Swift 6.3 on Linux)
  /// do not keep member order, though, so a round trip through them keeps
  /// every value but may reorder the members of objects inside `data`. Use
  /// ``canonicalJSON(prettyPrinted:)`` and ``ManifestValidator`` for an
  /// exact round trip.
  ///
  /// - Parameter encoder: The encoder to write to.
  /// - Throws: Whatever the encoder throws.
  /// - Complexity: O(n) in the size of the manifest.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ManifestField.self)
    try container.encode(route, forKey: .route)
    try container.encode(routerLink, forKey: .routerLink)
    try container.encode(linkLabel, forKey: .linkLabel)
    try container.encode(panelSize, forKey: .panelSize)
    if let data {
      try container.encode(data, forKey: .data)
    }
  }

  /// Decodes a required string field, turning a missing key or another type into an actionable error.
  private static func decodeString(
    _ field: ManifestField,
    from container: KeyedDecodingContainer<ManifestField>,
    decoder: any Decoder
  ) throws -> String {
    guard container.contains(field) else {
      let problem = ManifestProblem.missingField(field, misspelling: misspelling(of: field, in: decoder))
      throw DecodingError.keyNotFound(
        field, DecodingError.Context(codingPath: container.codingPath, debugDescription: problem.message))
    }
    if let string = try? container.decode(String.self, forKey: field) {
      return string
    }
    let value = try container.decode(JSONValue.self, forKey: field)
    let problem = ManifestProblem.wrongType(field, written: JSONText.written(value), type: value.typeName)
    throw DecodingError.typeMismatch(
      String.self,
      DecodingError.Context(codingPath: container.codingPath + [field], debugDescription: problem.message))
  }

  /// Returns an unknown key of the manifest that looks like a misspelling of `field`.
  private static func misspelling(of field: ManifestField, in decoder: any Decoder) -> String? {
    guard let container = try? decoder.container(keyedBy: ManifestKey.self) else { return nil }
    let unknownKeys = container.allKeys.map(\.stringValue).filter { ManifestField(rawValue: $0) == nil }
    return ManifestKeyRule.misspelling(of: field, among: unknownKeys)
  }

  private static func invalidValue(
    _ problem: ManifestProblem,
    field: ManifestField,
    in container: KeyedDecodingContainer<ManifestField>
  ) -> DecodingError {
    DecodingError.dataCorruptedError(forKey: field, in: container, debugDescription: problem.message)
  }
}

/// A coding key for any member name, used to find misspelt keys.
private struct ManifestKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
