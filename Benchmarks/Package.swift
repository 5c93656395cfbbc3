// swift-tools-version:6.0
import PackageDescription

// The benchmarks live in their own package so the library's Package.swift
// carries no benchmark code. Run in release mode:
//   swift run -c release --package-path Benchmarks porta-plugin-bench
let package = Package(
  name: "PortaPluginKitBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "PortaPluginKit", path: "..")],
  targets: [
    .systemLibrary(name: "BenchZlib"),
    .executableTarget(
      name: "porta-plugin-bench",
      dependencies: [
        .product(name: "PanelRouting", package: "PortaPluginKit"),
        .product(name: "PluginManifest", package: "PortaPluginKit"),
        .product(name: "ExternalApps", package: "PortaPluginKit"),
        .product(name: "AuthInfo", package: "PortaPluginKit"),
        .product(name: "PortaJSON", package: "PortaPluginKit"),
        .product(name: "PluginArchive", package: "PortaPluginKit"),
        .product(name: "PortaPluginFixtures", package: "PortaPluginKit"),
        "BenchZlib",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
