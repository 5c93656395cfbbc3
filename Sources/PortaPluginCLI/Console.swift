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
  /// Reads all of standard input.
  ///
  /// - Throws: An error when standard input cannot be read.
  func readStandardInput() throws -> Data
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

  /// Reads standard input to its end.
  public func readStandardInput() throws -> Data {
    try FileHandle.standardInput.readToEnd() ?? Data()
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
  /// Returns the input given at creation.
  public func readStandardInput() throws -> Data { input }
}
