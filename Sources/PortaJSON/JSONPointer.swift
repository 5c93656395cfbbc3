import Foundation

/// Builds JSON Pointers (RFC 6901) such as `/data/items/0`.
public enum JSONPointer {
  /// Returns `pointer` extended by the member name `token`, escaping `~` as
  /// `~0` and `/` as `~1`.
  ///
  /// - Parameters:
  ///   - token: A member name, as written in the document.
  ///   - pointer: The pointer of the containing object; `""` is the root.
  /// - Returns: The pointer of the member.
  public static func appending(_ token: String, to pointer: String) -> String {
    var escaped = token
    if escaped.contains("~") || escaped.contains("/") {
      escaped = escaped.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
    return pointer + "/" + escaped
  }

  /// Returns `pointer` extended by an array index.
  ///
  /// - Parameters:
  ///   - index: The 0-based element index.
  ///   - pointer: The pointer of the containing array; `""` is the root.
  /// - Returns: The pointer of the element.
  public static func appending(_ index: Int, to pointer: String) -> String {
    pointer + "/" + String(index)
  }
}
