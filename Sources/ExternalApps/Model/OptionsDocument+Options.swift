extension OptionsDocument {
  /// Returns a record for each option line, in document order.
  ///
  /// Invalid lines are left out. Repeated section and key pairs are all
  /// returned, and the last one is the value in effect.
  ///
  /// - Parameter secretKeys: The keys whose values the records mask, compared ignoring case.
  ///   The default is ``OptionRecord/defaultSecretKeys`` (`Password`). Keys that look like
  ///   passwords, such as `Passwrd` or `ApiToken`, are masked whatever this set holds.
  /// - Returns: The option records.
  /// - Complexity: O(n) in the size of the option lines.
  public func options(secretKeys: Set<String> = OptionRecord.defaultSecretKeys) -> [OptionRecord] {
    // Keys are ASCII, so secret keys are compared as lowercased bytes without creating strings.
    let loweredSecretKeys = secretKeys.map { Array($0.lowercased().utf8) }
    var result: [OptionRecord] = []
    result.reserveCapacity(optionLineCount)
    for (index, record) in records.enumerated() where record.kind == .option {
      let ranges = optionRanges(of: record)
      let keyBytes = bytes[ranges.key]
      let key = string(in: ranges.key)
      // Keys that look like passwords (`Passwrd`, `ApiToken`) are masked as well.
      let isSecret =
        loweredSecretKeys.contains { secretKey in
          secretKey.elementsEqual(keyBytes.lazy.map(Self.lowercasedASCII))
        } || OptionRecord.isSecretKey(key, secretKeys: [])
      result.append(
        OptionRecord(
          line: index + 1,
          section: string(in: ranges.section),
          key: key,
          value: string(in: ranges.value),
          isSecret: isSecret,
          sectionOffset: ranges.section.lowerBound,
          keyOffset: ranges.key.lowerBound,
          valueOffset: ranges.value.lowerBound))
    }
    return result
  }

  /// Returns the option in effect for `section` and `key`: the last line that sets it.
  ///
  /// Sections and keys are case-sensitive in PortaBilling, so `extras` does not
  /// find `Extras` unless `isCaseInsensitive` is `true`.
  ///
  /// - Parameters:
  ///   - section: The section name.
  ///   - key: The key.
  ///   - isCaseInsensitive: Whether to compare section and key ignoring case.
  ///   - secretKeys: The keys whose values the record masks.
  /// - Returns: The last matching option, or `nil` when no line sets it.
  /// - Complexity: O(n) in the document size.
  public func option(
    section: String,
    key: String,
    isCaseInsensitive: Bool = false,
    secretKeys: Set<String> = OptionRecord.defaultSecretKeys
  ) -> OptionRecord? {
    let matchesName: (String, String) -> Bool =
      isCaseInsensitive ? { $0.lowercased() == $1.lowercased() } : { $0 == $1 }
    return options(secretKeys: secretKeys).last { matchesName($0.section, section) && matchesName($0.key, key) }
  }

  static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
  }

  /// Returns the 0-based indexes of the option lines for `section` and `key`, compared exactly.
  func optionLineIndexes(section: String, key: String) -> [Int] {
    let sectionBytes = Array(section.utf8)
    let keyBytes = Array(key.utf8)
    return records.indices.filter { index in
      let record = records[index]
      guard record.kind == .option else { return false }
      let ranges = optionRanges(of: record)
      return bytes[ranges.section].elementsEqual(sectionBytes) && bytes[ranges.key].elementsEqual(keyBytes)
    }
  }
}
