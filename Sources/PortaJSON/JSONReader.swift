import Foundation
import PortaDiagnostics

/// A strict RFC 8259 JSON reader that reports every problem with its location.
///
/// Unlike `JSONDecoder`, the reader keeps member order and number text, builds
/// a tree whose nodes know their byte ranges, and reports a repeated member
/// name as an error instead of silently keeping one of the values.
///
/// It rejects trailing commas, comments, single quotes, `NaN` and `Infinity`,
/// leading zeros, unescaped control characters, invalid UTF-8, malformed `\u`
/// escapes and unpaired surrogates. A UTF-8 byte order mark is skipped with a
/// warning. The reader never traps and never recurses: nesting is tracked on
/// an explicit stack and bounded by ``Limits/maximumDepth``.
///
/// ```swift
/// let result = JSONReader().read(Array(#"{"route":"/customer/:id"}"#.utf8))
/// result.root?["route"]?.value.value  // .string("/customer/:id")
/// ```
public struct JSONReader: Sendable {
  /// Bounds on the input the reader accepts.
  public struct Limits: Sendable, Hashable {
    /// The largest input accepted, in bytes. The default is 8 MiB.
    public var maximumInputSize: Int
    /// The deepest nesting of arrays and objects accepted. The default is 256.
    public var maximumDepth: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumInputSize: The largest input accepted, in bytes.
    ///   - maximumDepth: The deepest nesting of arrays and objects accepted.
    public init(maximumInputSize: Int = 8 * 1024 * 1024, maximumDepth: Int = 256) {
      self.maximumInputSize = maximumInputSize
      self.maximumDepth = maximumDepth
    }

    /// 8 MiB of input and 256 levels of nesting.
    public static let `default` = Limits()
  }

  /// The bounds this reader enforces.
  public var limits: Limits

  /// Creates a reader.
  ///
  /// - Parameter limits: The bounds to enforce.
  public init(limits: Limits = .default) {
    self.limits = limits
  }

  /// Reads one JSON document.
  ///
  /// - Parameters:
  ///   - bytes: The document, UTF-8 encoded (`Data` or `[UInt8]`).
  ///   - file: The file name to put in diagnostics, if any.
  /// - Returns: The located tree (when the syntax is valid) and every diagnostic.
  /// - Complexity: O(n) in the input size; memory O(n) for the tree.
  public func read(_ bytes: some Collection<UInt8>, file: String? = nil) -> JSONReadResult {
    let array = (bytes as? [UInt8]) ?? Array(bytes)

    guard array.count <= limits.maximumInputSize else {
      let diagnostic = Diagnostic(
        .error,
        code: .jsonTooLarge,
        message:
          "The input is \(array.count) bytes, over the limit of \(limits.maximumInputSize) bytes. "
          + "Shrink the document or raise the reader's maximumInputSize.",
        file: file
      )
      return JSONReadResult(root: nil, diagnostics: [diagnostic], bytes: array)
    }

    var parser = JSONParser(maximumDepth: limits.maximumDepth)
    let root = array.withUnsafeBufferPointer { parser.parse($0) }
    let result = JSONReadResult(root: root, diagnostics: [], bytes: array)
    guard !parser.problems.isEmpty else { return result }

    // Locate every offset in one pass: a `SourceLocator` lookup scans from the
    // start of the line, so thousands of repeated keys on one line were quadratic.
    let offsets = parser.problems.flatMap { [$0.offset] + ($0.relatedOffset.map { [$0] } ?? []) }
    let locations = Self.locations(of: offsets, in: array)
    let diagnostics = parser.problems.map { problem in
      var message = problem.message
      if let related = problem.relatedOffset, let location = locations[related] {
        message = message.replacingOccurrences(of: JSONParser.relatedPlaceholder, with: location.description)
      }
      return Diagnostic(
        problem.severity,
        code: problem.code,
        message: message,
        file: file,
        location: locations[problem.offset],
        jsonPointer: problem.pointer
      )
    }
    return JSONReadResult(root: root, diagnostics: diagnostics, bytes: array)
  }

  /// Returns the location of each offset, found in one pass over `bytes`, with
  /// the line and column rules of `SourceLocator`.
  ///
  /// - Complexity: O(n + k log k) for n bytes and k offsets.
  static func locations(of offsets: [Int], in bytes: [UInt8]) -> [Int: SourceLocation] {
    var locations: [Int: SourceLocation] = [:]
    var line = 1
    var column = 1
    var position = 0
    for offset in Set(offsets).sorted() {
      let target = max(0, min(offset, bytes.count))
      while position < target {
        if bytes[position] == 0x0A {
          line += 1
          column = 1
        } else if bytes[position] & 0xC0 != 0x80 {
          column += 1
        }
        position += 1
      }
      locations[offset] = SourceLocation(line: line, column: column, offset: target)
    }
    return locations
  }
}
