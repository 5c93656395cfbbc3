import PortaDiagnostics

extension LineScanner {
  mutating func reportMissingOpenBracket(at index: Int, end: Int) {
    // A line like `Login=u` is an INI-style option without its section.
    var keyEnd = index
    while keyEnd < end && ASCII.isKeyByte(buffer[keyEnd]) { keyEnd += 1 }
    if keyEnd > index && keyEnd < end && buffer[keyEnd] == ASCII.equalsSign {
      let key = text(index..<keyEnd)
      let message =
        "Option `\(key)=` has no section. "
        + "Write the section before the key on the same line, as in `[contracts]\(key)=`."
      report(.error, .optionsMissingOpenBracket, at: index, message)
      return
    }
    let message =
      "Line does not start with `[`. "
      + "Write each option as `[section]Key=value`, as in `[contracts]ServerUrl=https://mybilling.com`, "
      + "and start each comment with `#` or `;`."
    report(.error, .optionsMissingOpenBracket, at: index, message)
  }

  mutating func reportMissingCloseBracket(at openBracket: Int) {
    let message =
      "Section name after `[` is not closed with `]`. "
      + "Write the option as `[section]Key=value`, as in `[contracts]ServerUrl=https://mybilling.com`."
    report(.error, .optionsMissingCloseBracket, at: openBracket, message)
  }

  mutating func reportEmptySection(at closeBracket: Int, keyRange: Range<Int>, keyEnd: Int, end: Int) {
    let hasKey = !keyRange.isEmpty && keyEnd < end && buffer[keyEnd] == ASCII.equalsSign
    let key = hasKey ? text(keyRange) : "Key"
    let message =
      "Section name is empty in `[]\(key)=`. "
      + "Write the application name between the brackets, as in `[contracts]\(key)=`."
    report(.error, .optionsEmptySection, at: closeBracket, message)
  }

  mutating func reportControlCharacterInSection(_ section: Range<Int>, at offset: Int) {
    let escaped = text(section).unicodeScalars.map { $0.escaped(asASCII: false) }.joined()
    let hex = String(buffer[offset], radix: 16, uppercase: true)
    let codePoint = String(repeating: "0", count: 4 - hex.count) + hex
    let message =
      "Section name `\(escaped)` contains the control character U+\(codePoint). "
      + "Remove it, because a section name is an application name such as `contracts`."
    report(.error, .optionsInvalidSection, at: offset, message)
  }

  /// Reports a key that is followed by neither `=` nor another key character.
  ///
  /// - Parameters:
  ///   - section: The section name's bytes.
  ///   - keyRange: The key characters after `]`, possibly empty.
  ///   - stop: The first byte after them.
  ///   - end: The end of the line's content.
  mutating func reportInvalidKey(section: Range<Int>, keyRange: Range<Int>, stop: Int, end: Int) {
    let sectionName = text(section)
    let equalsSign = stop < end ? firstIndex(of: ASCII.equalsSign, in: stop..<end) : nil

    guard let equalsSign else {
      if keyRange.isEmpty {
        let message =
          "Line `[\(sectionName)]` names a section but no option. "
          + "Each line names its own section, so write the key and value after it, "
          + "as in `[\(sectionName)]ServerUrl=https://mybilling.com`."
        report(.error, .optionsMissingEquals, at: stop, message)
      } else {
        let key = text(keyRange)
        let message =
          "Option `[\(sectionName)]\(key)` has no `=` after the key. "
          + "Write it as `[\(sectionName)]\(key)=value`."
        report(.error, .optionsMissingEquals, at: stop, message)
      }
      return
    }

    // Only the text before `=` is shown, because the value after it may be a password.
    let key = text(keyRange.lowerBound..<equalsSign)
    let character = text(stop..<stop + scalarLength(at: stop))
    let shown =
      switch character {
      case " ": "a space"
      case "\t": "a tab"
      default: "`\(character)`"
      }
    let message =
      "Key `\(key)` in section `[\(sectionName)]` contains \(shown), which is not allowed in keys. "
      + "Keys contain only letters, digits, `_`, `.` and `-`."
    report(.error, .optionsInvalidKey, at: stop, message)
  }

  /// Returns the byte length of the UTF-8 scalar at `offset` in validated bytes.
  func scalarLength(at offset: Int) -> Int {
    switch buffer[offset] {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
