import Foundation

/// A placeholder from PortaBilling's WebCustom documentation, such as `<application_name>`,
/// that an operator copied instead of replacing.
enum DocumentationPlaceholder: CaseIterable {
  case applicationName
  case serverURL

  /// The placeholder as the documentation writes it.
  var spelling: String {
    switch self {
    case .applicationName: "<application_name>"
    case .serverURL: "<server_URL>"
    }
  }

  /// The diagnostic message, with the text to write instead.
  var message: String {
    switch self {
    case .applicationName:
      "`<application_name>` is a placeholder from the documentation. "
        + "Replace it with the application's name, as in `[ExternalApps]Extras=contracts` "
        + "and `[contracts]ServerUrl=https://mybilling.com`."
    case .serverURL:
      "`<server_URL>` is a placeholder from the documentation. "
        + "Replace it with the application's address, as in `[contracts]ServerUrl=https://mybilling.com`."
    }
  }

  /// Returns whether `text` contains a placeholder, ignoring ASCII case.
  static func isContained(in text: String) -> Bool {
    let lowered = text.lowercased()
    return allCases.contains { lowered.contains($0.spelling.lowercased()) }
  }

  /// Returns the first placeholder in `range` of `buffer` and its byte offset, ignoring ASCII case.
  static func first(
    in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>
  ) -> (kind: DocumentationPlaceholder, offset: Int)? {
    guard let base = buffer.baseAddress else { return nil }
    var index = range.lowerBound
    while index < range.upperBound {
      guard let found = memchr(base + index, Int32(ASCII.lessThan), range.upperBound - index) else { return nil }
      index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      for kind in allCases where matches(kind, in: buffer, at: index, end: range.upperBound) {
        return (kind, index)
      }
      index += 1
    }
    return nil
  }

  private static func matches(
    _ kind: DocumentationPlaceholder, in buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int
  ) -> Bool {
    let spelling = kind.spelling.utf8
    guard end - index >= spelling.count else { return false }
    return zip(spelling, buffer[index..<index + spelling.count]).allSatisfy { expected, actual in
      lowercasedASCII(expected) == lowercasedASCII(actual)
    }
  }

  private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
  }
}
