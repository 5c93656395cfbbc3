extension OptionsDocument {
  /// Sets `key` in `section` to `value`, changing one line or appending one.
  ///
  /// When lines already set the option, only the value of the last one, the one in effect, is
  /// replaced, and its indentation and line ending stay. Otherwise a line
  /// `[section]Key=value` is appended with the document's ``lineEnding``. When the
  /// document ends without a line ending, the previous last line gets one and the
  /// new line has none, so the document still ends without one. All other bytes are unchanged.
  ///
  /// - Parameters:
  ///   - section: The section name, compared exactly.
  ///   - key: The key, compared exactly.
  ///   - value: The new value, written exactly.
  /// - Throws: ``OptionsWriteError`` without changing the document when the section is empty or
  ///   contains `]` or a control character, the key contains a character outside
  ///   `A-Z a-z 0-9 _ . -`, the value contains CR, LF or NUL, the line would exceed
  ///   ``OptionsLimits/maximumLineLength``, or the document exceeded its size limit when parsed.
  /// - Complexity: O(n) in the document size.
  public mutating func setOption(section: String, key: String, value: String) throws(OptionsWriteError) {
    guard !exceedsSizeLimit else {
      throw .documentTooLarge(size: bytes.count, maximum: limits.maximumDocumentSize)
    }

    if let index = optionLineIndexes(section: section, key: key).last {
      let record = records[index]
      let ranges = optionRanges(of: record)
      let indentation = ranges.section.lowerBound - 1 - record.start
      try OptionLineValidation.check(
        section: section, key: key, value: value, indentation: indentation, limits: limits)
      replaceBytes(in: ranges.value, with: Array(value.utf8), lineIndex: index)
      return
    }

    try OptionLineValidation.check(section: section, key: key, value: value, limits: limits)
    appendLine(section: section, key: key, value: value)
  }

  /// Removes every line that sets `key` in `section`.
  ///
  /// Every line is removed, not only the last, because an earlier line would
  /// otherwise take effect. Other lines keep their bytes. When the removed line
  /// was the last one and had no line ending, the document now ends with the
  /// previous line's ending.
  ///
  /// - Parameters:
  ///   - section: The section name, compared exactly.
  ///   - key: The key, compared exactly.
  /// - Returns: The number of lines removed.
  /// - Complexity: O(n) in the document size.
  @discardableResult
  public mutating func removeOption(section: String, key: String) -> Int {
    let indexes = optionLineIndexes(section: section, key: key)
    for index in indexes.reversed() {
      let record = records[index]
      let removedCount = record.end - record.start
      bytes.removeSubrange(record.start..<record.end)
      records.remove(at: index)
      shiftRecords(from: index, by: -removedCount)
    }
    return indexes.count
  }

  /// Replaces `range` of bytes inside line `lineIndex` and moves the offsets of later lines.
  private mutating func replaceBytes(in range: Range<Int>, with newBytes: [UInt8], lineIndex: Int) {
    let delta = newBytes.count - range.count
    bytes.replaceSubrange(range, with: newBytes)
    records[lineIndex].contentLength = UInt32(Int(records[lineIndex].contentLength) + delta)
    shiftRecords(from: lineIndex + 1, by: delta)
  }

  private mutating func shiftRecords(from index: Int, by delta: Int) {
    guard delta != 0 else { return }
    for position in index..<records.count {
      records[position].start += delta
    }
  }

  private mutating func appendLine(section: String, key: String, value: String) {
    let ending = lineEnding
    var newEnding: LineEnding? = ending
    if let last = records.indices.last, records[last].ending == nil {
      bytes.append(contentsOf: ending.bytes)
      records[last].ending = ending
      newEnding = nil
    }

    let line = Array("[\(section)]\(key)=\(value)".utf8)
    let closeBracket = 1 + section.utf8.count
    let record = LineRecord(
      start: bytes.count,
      contentLength: UInt32(line.count),
      closeBracket: UInt32(closeBracket),
      equalsSign: UInt32(closeBracket + 1 + key.utf8.count),
      kind: .option,
      ending: newEnding)
    bytes.append(contentsOf: line)
    bytes.append(contentsOf: newEnding?.bytes ?? [])
    records.append(record)
  }
}
