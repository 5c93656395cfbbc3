/// The outcome of parsing a route pattern: the pattern, or every error found, plus warnings.
public struct RoutePatternParseResult: Sendable, Hashable {
  /// The parsed pattern, or `nil` when ``errors`` is not empty.
  public let pattern: RoutePattern?
  /// Every syntax error, in column order.
  public let errors: [RoutePatternError]
  /// Normalizations applied to an accepted pattern (missing leading `/`, one trailing `/`).
  public let warnings: [RoutePatternWarning]
}

extension RoutePattern {
  /// Parses a route pattern, throwing its first syntax error.
  ///
  /// A missing leading `/` and one trailing `/` are accepted and normalized
  /// silently; call ``parse(_:)`` to receive them as warnings.
  ///
  /// - Parameter text: The pattern, such as `/customer/:id/general_info`.
  /// - Throws: The first ``RoutePatternError`` by column.
  /// - Complexity: O(n) in the length of `text`.
  public init(parsing text: String) throws(RoutePatternError) {
    let result = RoutePattern.parse(text)
    if let error = result.errors.first {
      throw error
    }
    guard let pattern = result.pattern else { throw RoutePatternError.emptyPattern }
    self = pattern
  }

  /// Parses a route pattern and reports every error and normalization warning as data.
  ///
  /// Errors and warnings carry 1-based columns relative to `text` as given.
  /// Parsing continues after an error, so one call reports every faulty
  /// segment. A pattern has at least one segment and no empty segment (`//`).
  /// A parameter is `:` followed by a name matching `[A-Za-z_][A-Za-z0-9_]*`,
  /// unique within the pattern. `**` may only be the last segment, and `*`
  /// appears nowhere else. Literals contain only URL path characters
  /// (RFC 3986 `pchar`) and valid percent-encoding of UTF-8. Patterns are limited to
  /// ``maximumLength`` bytes and ``maximumSegmentCount`` segments.
  ///
  /// - Parameter text: The pattern as written.
  /// - Returns: The pattern or the errors, and any warnings.
  /// - Complexity: O(n) in the length of `text`.
  public static func parse(_ text: String) -> RoutePatternParseResult {
    guard text.utf8.count <= maximumLength else {
      return RoutePatternParseResult(
        pattern: nil, errors: [.patternTooLong(length: text.utf8.count)], warnings: [])
    }
    let scalars = Array(text.unicodeScalars)
    var warnings: [RoutePatternWarning] = []

    // Normalize the ends: add a missing leading slash, drop one trailing slash.
    var start = 0
    var end = scalars.count
    let hasLeadingSlash = scalars.first == "/"
    if hasLeadingSlash {
      start = 1
    }
    var trailingSlashColumn: Int?
    if end > start, scalars[end - 1] == "/" {
      trailingSlashColumn = end
      end -= 1
    }
    guard end > start else {
      return RoutePatternParseResult(pattern: nil, errors: [.emptyPattern], warnings: [])
    }

    // Split into segments, remembering the column where each one starts.
    var pieces: [(scalars: ArraySlice<Unicode.Scalar>, column: Int)] = []
    var segmentStart = start
    for index in start...end where index == end || scalars[index] == "/" {
      pieces.append((scalars[segmentStart..<index], segmentStart + 1))
      segmentStart = index + 1
    }
    guard pieces.count <= maximumSegmentCount else {
      return RoutePatternParseResult(
        pattern: nil, errors: [.tooManySegments(count: pieces.count)], warnings: [])
    }

    var errors: [RoutePatternError] = []
    var segments: [RouteSegment] = []
    var parameterColumns: [String: Int] = [:]
    for (position, piece) in pieces.enumerated() {
      let isLast = position == pieces.count - 1
      switch parseSegment(piece.scalars, column: piece.column, isLast: isLast) {
      case .success(let segment):
        if case .parameter(let name) = segment {
          if let firstColumn = parameterColumns[name] {
            errors.append(
              .duplicateParameterName(name, column: piece.column, firstColumn: firstColumn))
            continue
          }
          parameterColumns[name] = piece.column
        }
        segments.append(segment)
      case .failure(let error):
        errors.append(error)
      }
    }

    guard errors.isEmpty else {
      return RoutePatternParseResult(pattern: nil, errors: errors, warnings: [])
    }
    let pattern = RoutePattern(validatedSegments: segments)
    if !hasLeadingSlash {
      warnings.append(.missingLeadingSlash(normalized: pattern.description))
    }
    if let trailingSlashColumn {
      warnings.append(.trailingSlash(column: trailingSlashColumn, normalized: pattern.description))
    }
    return RoutePatternParseResult(pattern: pattern, errors: [], warnings: warnings)
  }

  /// Parses one segment that starts at the 1-based `column`.
  private static func parseSegment(
    _ scalars: ArraySlice<Unicode.Scalar>,
    column: Int,
    isLast: Bool
  ) -> Result<RouteSegment, RoutePatternError> {
    guard let first = scalars.first else {
      return .failure(.emptySegment(column: column))
    }
    let text = String(String.UnicodeScalarView(scalars))
    if text == "**" {
      return isLast ? .success(.catchAll) : .failure(.catchAllNotLast(column: column))
    }
    if first == ":" {
      let name = text.dropFirst()
      if name.isEmpty {
        return .failure(.missingParameterName(column: column))
      }
      guard isValidParameterName(name) else {
        return .failure(.invalidParameterName(String(name), column: column))
      }
      return .success(.parameter(String(name)))
    }
    return parseLiteral(scalars, text: text, column: column)
  }

  /// Checks a literal's characters and percent-escapes, then decodes it.
  private static func parseLiteral(
    _ scalars: ArraySlice<Unicode.Scalar>,
    text: String,
    column: Int
  ) -> Result<RouteSegment, RoutePatternError> {
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let scalarColumn = column + (index - scalars.startIndex)
      if scalar == "*" {
        return .failure(.invalidWildcard(segment: text, column: column))
      }
      if scalar == "%" {
        let escape = scalars[index..<min(index + 3, scalars.endIndex)]
        let isHex = { (scalar: Unicode.Scalar) in
          scalar.isASCII && PercentEncoding.hexValue(UInt8(scalar.value)) != nil
        }
        guard escape.count == 3, escape.dropFirst().allSatisfy(isHex) else {
          let shown = String(String.UnicodeScalarView(escape))
          return .failure(.invalidPercentEncoding(shown, column: scalarColumn))
        }
        index += 3
        continue
      }
      guard scalar.isASCII, PercentEncoding.isSegmentCharacter(UInt8(scalar.value)) else {
        return .failure(.invalidCharacter(scalar, column: scalarColumn))
      }
      index += 1
    }

    // Every escape is well formed here, so decoding can fail only on invalid UTF-8.
    let decoded = Array(text.utf8).withUnsafeBufferPointer { PercentEncoding.decodeToString($0) }
    guard let decoded else {
      return .failure(.invalidPercentEncoding(text, column: column))
    }
    if decoded == "." || decoded == ".." {
      return .failure(.dotSegment(text, column: column))
    }
    return .success(.literal(decoded))
  }
}
