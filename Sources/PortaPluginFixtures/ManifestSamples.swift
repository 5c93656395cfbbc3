import PluginManifest
import PortaDiagnostics

/// Sample plug-in manifests for other services' tests: the documented valid example and common mistakes.
///
/// Every expectation holds for ``PanelRouting/PanelRegistry/default`` and the
/// validator's default options; the PluginManifest tests check each one.
public enum ManifestSamples {
  /// The documented example: a Contracts panel under Customer > General info, `panelSize` written as a string.
  public static let valid = ManifestSample(
    name: "valid example",
    text: """
      {
        "route": "/customer/:id/general_info",
        "routerLink": "contracts",
        "linkLabel": "Contracts",
        "panelSize": "1",
        "data": {
          "endpoint": "https://contracts.example.com/api",
          "refreshSeconds": 300,
          "columns": ["number", "start_date", "status"]
        }
      }
      """,
    expectedCodes: []
  )

  /// Manifests with one typical mistake each.
  public static let invalid: [ManifestSample] = [
    ManifestSample(
      name: "repeated key",
      text: #"{"route":"/x","route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts"}"#,
      expectedCodes: [.manifestUnknownRoute, .jsonDuplicateKey]
    ),
    ManifestSample(
      name: "misspelt key",
      text: #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLable":"Contracts"}"#,
      expectedCodes: [.manifestMissingField, .manifestUnknownKey]
    ),
    ManifestSample(
      name: "zero panel size",
      text: #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts","panelSize":0}"#,
      expectedCodes: [.manifestInvalidPanelSize]
    ),
    ManifestSample(
      name: "number as label",
      text: #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":5}"#,
      expectedCodes: [.manifestWrongType]
    ),
    ManifestSample(
      name: "script link",
      text: #"{"route":"/customer/:id/general_info","routerLink":"javascript:alert(1)","linkLabel":"Contracts"}"#,
      expectedCodes: [.manifestInvalidRouterLink]
    ),
    ManifestSample(
      name: "leaf panel as host",
      text: """
        {"route":"/customer/:id/general_info/address_info","routerLink":"contracts","linkLabel":"Contracts"}
        """,
      expectedCodes: [.manifestRouteCannotHostPlugins]
    ),
    ManifestSample(
      name: "existing subpanel as link",
      text: #"{"route":"/customer/:id/general_info","routerLink":"address_info","linkLabel":"Address"}"#,
      expectedCodes: [.manifestRouterLinkConflict]
    ),
    ManifestSample(
      name: "trailing comma",
      text: #"{"route":"/customer/:id/general_info","routerLink":"contracts","linkLabel":"Contracts",}"#,
      expectedCodes: [.jsonTrailingComma]
    ),
  ]

  /// The valid example followed by every invalid sample.
  public static var all: [ManifestSample] { [valid] + invalid }
}
