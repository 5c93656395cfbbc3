import Foundation
import PortaDiagnostics

extension LineScanner {
  /// Sets the kind of a line whose bytes are valid UTF-8 and finds its `]` and `=`.
  ///
  /// An option line is `[section]Key=value` after optional blanks. The section
  /// ends at the first `]`, the key is `[A-Za-z0-9_.-]+` and ends at the first
  /// `=`, and the value is the rest of the line. A line that breaks these rules
  /// stays ``OptionsLine/Kind/invalid`` and gets one error.
  mutating func classify(_ record: inout LineRecord) {
    let start = record.start
    let end = record.contentEnd
    var index = start
    while index < end && ASCII.isBlank(buffer[index]) { index += 1 }

    guard index < end else {
      record.kind = .blank
      return
    }
    let first = buffer[index]
    if first == ASCII.hash || first == ASCII.semicolon {
      record.kind = .comment
      return
    }
    guard first == ASCII.openBracket else {
      reportMissingOpenBracket(at: index, end: end)
      return
    }

    let openBracket = index
    guard let closeBracket = firstIndex(of: ASCII.closeBracket, in: openBracket + 1..<end) else {
      reportMissingCloseBracket(at: openBracket)
      return
    }

    // The key ends at the first byte that cannot be part of a key.
    var keyEnd = closeBracket + 1
    while keyEnd < end && ASCII.isKeyByte(buffer[keyEnd]) { keyEnd += 1 }
    let keyRange = closeBracket + 1..<keyEnd

    guard closeBracket > openBracket + 1 else {
      reportEmptySection(at: closeBracket, keyRange: keyRange, keyEnd: keyEnd, end: end)
      return
    }
    let sectionRange = openBracket + 1..<closeBracket
    if let control = sectionRange.first(where: { ASCII.isControl(buffer[$0]) }) {
      reportControlCharacterInSection(sectionRange, at: control)
      return
    }
    guard keyEnd < end && buffer[keyEnd] == ASCII.equalsSign else {
      // In `[contracts Login=a]b` the `]` belongs to the value, so the real fault is the missing `]`.
      if firstIndex(of: ASCII.equalsSign, in: sectionRange) != nil {
        reportMissingCloseBracket(at: openBracket)
      } else {
        reportInvalidKey(section: sectionRange, keyRange: keyRange, stop: keyEnd, end: end)
      }
      return
    }
    guard !keyRange.isEmpty else {
      let section = text(sectionRange)
      let message =
        "Option in section `[\(section)]` has no key before `=`. "
        + "Write the key between `]` and `=`, as in `[\(section)]Login=`."
      report(.error, .optionsEmptyKey, at: keyEnd, message)
      return
    }

    record.kind = .option
    record.closeBracket = UInt32(closeBracket - start)
    record.equalsSign = UInt32(keyEnd - start)
    checkValue(section: sectionRange, key: keyRange, value: keyEnd + 1..<end)
  }

  /// Returns the offset of the first `byte` in `range`, using `memchr`.
  func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard !range.isEmpty, let base = buffer.baseAddress else { return nil }
    guard let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
    return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
  }

  /// Warns about blanks around a value and reports documentation placeholders.
  mutating func checkValue(section: Range<Int>, key: Range<Int>, value: Range<Int>) {
    let placeholder =
      DocumentationPlaceholder.first(in: buffer, range: section)
      ?? DocumentationPlaceholder.first(in: buffer, range: value)
    if let placeholder {
      report(.error, .optionsDocumentationPlaceholder, at: placeholder.offset, placeholder.kind.message)
    }

    // Blanks around `Extras` entries are insignificant, so only other values are checked.
    guard !value.isEmpty, !isExtrasOption(section: section, key: key) else { return }
    let leading = ASCII.isBlank(buffer[value.lowerBound])
    let trailing = ASCII.isBlank(buffer[value.upperBound - 1])
    guard leading || trailing else { return }

    let placement =
      switch (leading, trailing) {
      case (true, true): "starts and ends with blanks"
      case (true, false): "starts with a blank"
      default: "ends with a blank"
      }
    var offset = value.upperBound - 1
    if leading {
      offset = value.lowerBound
    } else {
      while offset > value.lowerBound && ASCII.isBlank(buffer[offset - 1]) { offset -= 1 }
    }
    let message =
      "Value of `[\(text(section))]\(text(key))` \(placement), which PortaBilling keeps as part of the value. "
      + "Remove the blanks unless they are intended."
    report(.warning, .optionsValueWhitespace, at: offset, message)
  }

  func isExtrasOption(section: Range<Int>, key: Range<Int>) -> Bool {
    buffer[section].elementsEqual(KnownKeys.externalAppsSection.utf8)
      && buffer[key].elementsEqual(KnownKeys.extras.utf8)
  }
}
