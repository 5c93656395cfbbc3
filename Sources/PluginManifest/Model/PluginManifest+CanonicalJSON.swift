import Foundation
import PortaJSON

extension PluginManifest {
  /// The manifest as a JSON object with members in canonical order: route,
  /// routerLink, linkLabel, panelSize (always, as a number), then data when set.
  ///
  /// - Complexity: O(1), plus nothing for `data`, which is shared.
  public var jsonValue: JSONValue {
    var members = [
      JSONMember(key: ManifestField.route.rawValue, value: .string(route)),
      JSONMember(key: ManifestField.routerLink.rawValue, value: .string(routerLink)),
      JSONMember(key: ManifestField.linkLabel.rawValue, value: .string(linkLabel)),
      JSONMember(key: ManifestField.panelSize.rawValue, value: .number(JSONNumber(panelSize))),
    ]
    if let data {
      members.append(JSONMember(key: ManifestField.data.rawValue, value: data))
    }
    return .object(JSONObject(members))
  }

  /// Returns the manifest's canonical JSON text, which is stable across runs and platforms.
  ///
  /// Members come in the order of ``jsonValue``; `data` keeps its member order
  /// and number text exactly; strings are escaped as ``JSONWriter`` does.
  /// Reading the text back with ``ManifestValidator`` or `JSONDecoder` gives an
  /// equal manifest whenever the manifest is valid.
  ///
  /// - Parameter prettyPrinted: Whether to indent by two spaces, one member per line.
  /// - Returns: The JSON text, without a trailing newline.
  /// - Complexity: O(n) in the size of the manifest.
  public func canonicalJSON(prettyPrinted: Bool = false) -> String {
    JSONWriter.string(jsonValue, prettyPrinted: prettyPrinted)
  }

  /// Returns the manifest's canonical JSON text as UTF-8 bytes.
  ///
  /// - Parameter prettyPrinted: Whether to indent by two spaces, one member per line.
  /// - Returns: The bytes of ``canonicalJSON(prettyPrinted:)``.
  /// - Complexity: O(n) in the size of the manifest.
  public func canonicalJSONData(prettyPrinted: Bool = false) -> Data {
    Data(canonicalJSON(prettyPrinted: prettyPrinted).utf8)
  }
}
