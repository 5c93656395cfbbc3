/// A member name that the plug-in manifest format defines, in canonical order.
public enum ManifestField: String, CaseIterable, Sendable, Hashable, CodingKey {
  /// The host panel's route pattern, such as `/customer/:id/general_info`.
  case route
  /// The plug-in's path relative to the host panel, such as `contracts`.
  case routerLink
  /// The text of the link that opens the plug-in, such as `Contracts`.
  case linkLabel
  /// The plug-in panel's width in layout columns; optional, 1 by default.
  case panelSize
  /// Any JSON value passed to the plug-in unchanged; optional.
  case data

  /// Whether a manifest must contain the field.
  public var isRequired: Bool {
    switch self {
    case .route, .routerLink, .linkLabel: true
    case .panelSize, .data: false
    }
  }

  /// The JSON Pointer of the field in a manifest, such as `/panelSize`.
  public var jsonPointer: String { "/" + rawValue }

  /// An example value as JSON text, printed in messages that ask for a fix.
  var exampleJSON: String {
    switch self {
    case .route: #""/customer/:id/general_info""#
    case .routerLink: #""contracts""#
    case .linkLabel: #""Contracts""#
    case .panelSize: "1"
    case .data: "{}"
    }
  }

  /// A description of the expected value, for messages about a missing or mistyped value.
  var expectation: String {
    switch self {
    case .route: "a route pattern such as \(exampleJSON)"
    case .routerLink: "a relative path such as \(exampleJSON)"
    case .linkLabel: "the link's text such as \(exampleJSON)"
    case .panelSize: "a positive whole number such as 1"
    case .data: "any JSON value"
    }
  }
}
