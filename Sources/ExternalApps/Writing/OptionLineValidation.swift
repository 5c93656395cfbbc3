/// Checks that a section, key and value written as `[section]Key=value` parse back unchanged.
enum OptionLineValidation {
  /// Throws unless `section` is non-empty and contains neither `]` nor a control character.
  static func checkSection(_ section: String) throws(OptionsWriteError) {
    if let reason = problem(inSectionName: section) {
      throw .invalidSectionName(section: section, reason: reason)
    }
  }

  /// Returns why `name` cannot be a section name, or `nil` when it can.
  static func problem(inSectionName name: String) -> String? {
    if name.isEmpty {
      return "is empty"
    }
    if name.utf8.contains(ASCII.closeBracket) {
      return "contains `]`, which ends the section name"
    }
    if name.utf8.contains(where: ASCII.isControl) {
      return "contains a control character"
    }
    return nil
  }

  /// Throws unless `key` is non-empty and contains only `A-Z a-z 0-9 _ . -`.
  static func checkKey(_ key: String, section: String) throws(OptionsWriteError) {
    guard !key.isEmpty, key.utf8.allSatisfy(ASCII.isKeyByte) else {
      throw .invalidKey(section: section, key: key)
    }
  }

  /// Throws if `value` contains CR, LF or NUL, or if the written line would be too long.
  ///
  /// - Parameters:
  ///   - value: The value to write.
  ///   - section: The section, for the line length and the error's field name.
  ///   - key: The key, for the line length and the error's field name.
  ///   - indentation: The number of bytes before `[` on the line.
  ///   - limits: The line length limit.
  static func checkValue(
    _ value: String, section: String, key: String, indentation: Int = 0, limits: OptionsLimits
  ) throws(OptionsWriteError) {
    let field = "[\(section)]\(key)"
    if let forbidden = value.unicodeScalars.first(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) {
      throw .forbiddenCharacterInValue(field: field, character: forbidden)
    }
    let length = indentation + section.utf8.count + key.utf8.count + value.utf8.count + 3
    guard length <= limits.maximumLineLength else {
      throw .lineTooLong(field: field, length: length, maximum: limits.maximumLineLength)
    }
  }

  /// Runs all three checks in the order section, key, value.
  static func check(
    section: String, key: String, value: String, indentation: Int = 0, limits: OptionsLimits
  ) throws(OptionsWriteError) {
    try checkSection(section)
    try checkKey(key, section: section)
    try checkValue(value, section: section, key: key, indentation: indentation, limits: limits)
  }
}
