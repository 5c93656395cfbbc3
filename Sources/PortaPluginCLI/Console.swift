import Foundation

/// The streams a command reads standard input from and writes its output to.
///
/// The tool runs against the process's real streams; tests use a recording
/// console so they can assert whole outputs without spawning a process.
public protocol Console: AnyObject, Sendable {
  /// Writes `text` to standard output.
  func write(_ text: String)
  /// Writes `text` to standard error.
  func writeError(_ text: String)
  /// Reads standard input to its end, or until it has more than `maximumSize` bytes.
  ///
  /// - Parameter maximumSize: The most bytes the caller accepts; reading stops
  ///   one byte past it, so an endless stream cannot exhaust memory.
  /// - Returns: The bytes read: at most `maximumSize + 1`.
  /// - Throws: An error when standard input cannot be read.
  func readStandardInput(maximumSize: Int) throws -> Data

  /// Whether standard input is a terminal, where a person types instead of a pipe.
  var isStandardInputTerminal: Bool { get }
}

/// The process's own standard input, output and error.
public final class ProcessConsole: Console {
  /// Creates a console over the process's streams.
  public init() {}

  /// Writes `text` to standard output.
  public func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` to standard error.
  public func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard input is a terminal.
  public var isStandardInputTerminal: Bool { isatty(STDIN_FILENO) != 0 }

  /// Reads standard input in 64 KiB steps, stopping one byte past `maximumSize`.
  public func readStandardInput(maximumSize: Int) throws -> Data {
    var data = Data()
    while data.count <= maximumSize {
      let chunkSize = min(64 * 1024, maximumSize + 1 - data.count)
      guard let chunk = try FileHandle.standardInput.read(upToCount: chunkSize), !chunk.isEmpty else { break }
      data.append(chunk)
    }
    return data
  }
}

/// A console that records output in memory, for tests.
///
/// A lock guards the recorded text, so the console is safe to share across tasks.
public final class RecordingConsole: Console, @unchecked Sendable {
  private let lock = NSLock()
  private var recordedOutput = ""
  private var recordedErrorOutput = ""
  private let input: Data

  /// Creates a console whose standard input is `input`.
  ///
  /// - Parameter input: The bytes a command reads from standard input.
  public init(input: Data = Data()) {
    self.input = input
  }

  /// Everything written to standard output.
  public var output: String { lock.withLock { recordedOutput } }
  /// Everything written to standard error.
  public var errorOutput: String { lock.withLock { recordedErrorOutput } }

  /// Appends `text` to ``output``.
  public func write(_ text: String) { lock.withLock { recordedOutput += text } }
  /// Appends `text` to ``errorOutput``.
  public func writeError(_ text: String) { lock.withLock { recordedErrorOutput += text } }
  /// Always `false`: recorded input is never a terminal.
  public var isStandardInputTerminal: Bool { false }

  /// Returns the input given at creation, cut one byte past `maximumSize`.
  public func readStandardInput(maximumSize: Int) throws -> Data { input.prefix(maximumSize + 1) }
}
