/// The bytes that end a line.
public enum LineEnding: String, Sendable, Hashable, CaseIterable {
  /// A line feed (`\n`, byte 0x0A), as on Unix.
  case lf
  /// A carriage return and a line feed (`\r\n`, bytes 0x0D 0x0A), as on Windows.
  case crlf

  /// The bytes of this line ending.
  public var bytes: [UInt8] {
    switch self {
    case .lf: [0x0A]
    case .crlf: [0x0D, 0x0A]
    }
  }
}
