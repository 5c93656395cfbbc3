import PortaDiagnostics

/// Splits a document into line records in one pass and records syntax findings.
///
/// The scan reads eight bytes at a time and stops only at bytes that need a
/// closer look: control characters (LF, CR, NUL, tab) and bytes of multi-byte
/// UTF-8 sequences. Printable ASCII, the bulk of real options, is skipped a word at a time.
struct LineScanner {
  let buffer: UnsafeBufferPointer<UInt8>
  let limits: OptionsLimits
  var records: [LineRecord] = []
  var findings: [Finding] = []

  init(buffer: UnsafeBufferPointer<UInt8>, limits: OptionsLimits) {
    self.buffer = buffer
    self.limits = limits
  }

  mutating func scanDocument(from start: Int) {
    var position = start
    while position < buffer.count {
      position = scanLine(from: position)
    }
  }

  /// Scans the line that starts at `start`, appends its record and returns the offset of the next line.
  mutating func scanLine(from start: Int) -> Int {
    let count = buffer.count
    let base = buffer.baseAddress!
    var index = start
    var contentEnd = count
    var ending: LineEnding?
    var byteProblem: Finding?

    scan: while true {
      // Skip words whose eight bytes are all printable ASCII (0x20 to 0x7F).
      while index &+ 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if ((word &- 0x2020_2020_2020_2020) | word) & 0x8080_8080_8080_8080 != 0 { break }
        index &+= 8
      }
      guard index < count else { break scan }

      let byte = buffer[index]
      if byte >= ASCII.space && byte < 0x80 {
        index &+= 1
        continue
      }
      switch byte {
      case ASCII.lineFeed:
        contentEnd = index
        ending = .lf
        index += 1
        break scan
      case ASCII.carriageReturn:
        if index + 1 < count && buffer[index + 1] == ASCII.lineFeed {
          contentEnd = index
          ending = .crlf
          index += 2
          break scan
        }
        if byteProblem == nil { byteProblem = strayCarriageReturn(at: index) }
        index += 1
      case ASCII.nul:
        if byteProblem == nil { byteProblem = nulByte(at: index) }
        index += 1
      case 0x80...:
        let length = validUTF8SequenceLength(in: buffer, at: index)
        if length == 0 {
          if byteProblem == nil { byteProblem = invalidUTF8(at: index) }
          index += 1
        } else {
          index += length
        }
      default:
        index += 1
      }
    }

    var record = LineRecord(
      start: start, contentLength: UInt32(contentEnd - start), closeBracket: 0, equalsSign: 0,
      kind: .invalid, ending: ending)
    if contentEnd - start > limits.maximumLineLength {
      findings.append(lineTooLong(start: start, length: contentEnd - start))
    } else if let byteProblem {
      findings.append(byteProblem)
    } else {
      classify(&record)
    }
    records.append(record)
    return index
  }

  /// Decodes bytes that passed UTF-8 validation, for messages.
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
  }

  mutating func report(_ severity: Severity, _ code: DiagnosticCode, at offset: Int, _ message: String) {
    findings.append(Finding(severity: severity, code: code, message: message, offset: offset))
  }

  // MARK: Byte-level findings

  func lineTooLong(start: Int, length: Int) -> Finding {
    let message =
      "Line is \(length) bytes long, which exceeds the maximum of \(limits.maximumLineLength) bytes. "
      + "Shorten the value or check that the text was pasted correctly."
    return Finding(
      severity: .error, code: .optionsLineTooLong, message: message, offset: start + limits.maximumLineLength)
  }

  func strayCarriageReturn(at offset: Int) -> Finding {
    let message =
      "Carriage return (\\r) is not followed by a line feed. "
      + "Remove it, or end the line with LF or CRLF."
    return Finding(severity: .error, code: .optionsStrayCarriageReturn, message: message, offset: offset)
  }

  func nulByte(at offset: Int) -> Finding {
    let message = "Line contains a NUL byte (0x00). Remove it, because option lines are plain text."
    return Finding(severity: .error, code: .optionsNULByte, message: message, offset: offset)
  }

  func invalidUTF8(at offset: Int) -> Finding {
    let hex = String(buffer[offset], radix: 16, uppercase: true)
    let message = "Byte 0x\(hex) is not valid UTF-8. Save the options as UTF-8 text."
    return Finding(severity: .error, code: .optionsInvalidUTF8, message: message, offset: offset)
  }
}
