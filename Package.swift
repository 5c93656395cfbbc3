// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "PortaPluginKit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "PluginManifest", targets: ["PluginManifest"]),
    .library(name: "PanelRouting", targets: ["PanelRouting"]),
    .library(name: "ExternalApps", targets: ["ExternalApps"]),
    .library(name: "AuthInfo", targets: ["AuthInfo"]),
    .library(name: "PluginArchive", targets: ["PluginArchive"]),
    .library(name: "PortaDiagnostics", targets: ["PortaDiagnostics"]),
    .library(name: "PortaJSON", targets: ["PortaJSON"]),
    .library(name: "PortaPluginFixtures", targets: ["PortaPluginFixtures"]),
    .executable(name: "porta-plugin", targets: ["porta-plugin"]),
  ],
  targets: [
    .target(name: "PortaDiagnostics", swiftSettings: strictSettings),
    .target(name: "PortaJSON", dependencies: ["PortaDiagnostics"], swiftSettings: strictSettings),
    .target(
      name: "PanelRouting",
      dependencies: ["PortaDiagnostics", "PortaJSON"],
      resources: [.copy("Resources/default-panels.json")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "PluginManifest",
      dependencies: ["PortaDiagnostics", "PortaJSON", "PanelRouting"],
      swiftSettings: strictSettings
    ),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(name: "PluginArchive", dependencies: ["PortaDiagnostics", "CZlib"], swiftSettings: strictSettings),
    .target(name: "ExternalApps", dependencies: ["PortaDiagnostics"], swiftSettings: strictSettings),
    .target(
      name: "AuthInfo",
      dependencies: ["PortaDiagnostics", "PortaJSON", "ExternalApps"],
      swiftSettings: strictSettings
    ),
    .target(
      name: "PortaPluginFixtures",
      dependencies: ["PluginManifest", "PanelRouting", "ExternalApps", "AuthInfo"],
      swiftSettings: strictSettings
    ),
    .target(
      name: "PortaPluginCLI",
      dependencies: [
        "PortaDiagnostics", "PortaJSON", "PluginManifest", "PanelRouting", "ExternalApps", "AuthInfo",
        "PluginArchive",
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(name: "porta-plugin", dependencies: ["PortaPluginCLI"], swiftSettings: strictSettings),
    .testTarget(name: "PortaDiagnosticsTests", dependencies: ["PortaDiagnostics"], swiftSettings: strictSettings),
    .testTarget(name: "PortaJSONTests", dependencies: ["PortaJSON"], swiftSettings: strictSettings),
    .testTarget(
      name: "PanelRoutingTests",
      dependencies: ["PanelRouting", "PortaJSON", "PortaPluginFixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "PluginManifestTests",
      dependencies: ["PluginManifest", "PortaPluginFixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(name: "PluginArchiveTests", dependencies: ["PluginArchive"], swiftSettings: strictSettings),
    .testTarget(
      name: "ExternalAppsTests",
      dependencies: ["ExternalApps", "PortaPluginFixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AuthInfoTests",
      dependencies: ["AuthInfo", "PortaPluginFixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "PortaPluginCLITests",
      dependencies: [
        "PortaPluginCLI", "PortaPluginFixtures", "PluginManifest", "PanelRouting", "ExternalApps", "AuthInfo",
        "PortaJSON", "PluginArchive",
      ],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
