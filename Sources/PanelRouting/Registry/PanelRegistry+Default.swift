import Foundation

extension PanelRegistry {
  /// The built-in registry of PortaBilling administrator panels.
  ///
  /// It is compiled from PortaOne's public UI help for the administrator
  /// interface (releases MR100 to MR116). Customer, account, reseller and
  /// distributor have their general info panels and the subpanels those pages
  /// link to: address info, web self-care, payment method, life cycle and
  /// additional info, plus sales agents for customers. Vendor, product and
  /// tariff have their main panels. Installations and releases differ, so pass a
  /// registry file (`--registry FILE`) to replace it. The file it comes from
  /// is bundled as the resource `default-panels.json`; ``defaultRegistryText``
  /// is its exact text.
  ///
  /// Loading never traps: the text is embedded in the library, and a test
  /// checks that it loads without diagnostics.
  public static let `default`: PanelRegistry = {
    let result = load(from: Array(defaultRegistryText.utf8), file: "default-panels.json")
    // NOTE: Unreachable while the embedded-text test passes; an empty registry
    // is the fallback so that a broken build cannot crash callers.
    return result.registry ?? PanelRegistry(validatedPanels: [])
  }()

  /// The text of the bundled `default-panels.json`, in the registry file format.
  ///
  /// Write it to a file as the starting point of an installation's own registry.
  public static var defaultRegistryText: String { embeddedDefaultRegistry + "\n" }

  /// The location of the bundled `default-panels.json`, or `nil` when the
  /// resource bundle is not next to the executable.
  ///
  /// Unlike `Bundle.module`, this never traps when the program was copied
  /// without its resource bundle. It looks in the main bundle's directory,
  /// the executable's directory and the directories of every loaded bundle.
  public static var defaultRegistryResourceURL: URL? {
    let bundleNames = ["PortaPluginKit_PanelRouting.resources", "PortaPluginKit_PanelRouting.bundle"]
    var directories: [URL] = [Bundle.main.bundleURL]
    if let resources = Bundle.main.resourceURL {
      directories.append(resources)
    }
    if let executable = Bundle.main.executableURL {
      directories.append(executable.deletingLastPathComponent())
    }
    directories += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }

    let fileManager = FileManager.default
    for directory in directories {
      for name in bundleNames {
        let bundle = directory.appendingPathComponent(name)
        let candidates = [
          bundle.appendingPathComponent("default-panels.json"),
          bundle.appendingPathComponent("Contents/Resources/default-panels.json"),
        ]
        if let found = candidates.first(where: { fileManager.fileExists(atPath: $0.path) }) {
          return found
        }
      }
    }
    return nil
  }
}
