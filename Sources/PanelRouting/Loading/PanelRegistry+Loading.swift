import Foundation
import PortaDiagnostics
import PortaJSON

extension PanelRegistry {
  /// Loads a registry from the bytes of a registry file.
  ///
  /// The file is a JSON object with a `panels` array; each panel is an object
  /// with a `route` (a route pattern) and a non-empty `title`:
  ///
  /// ```json
  /// {"panels": [
  ///   {"route": "/customer/:id", "title": "Customer"},
  ///   {"route": "/customer/:id/general_info", "title": "General info"}
  /// ]}
  /// ```
  ///
  /// Every problem is reported, located by line and column. JSON syntax
  /// errors have `json.*` codes (strict RFC 8259, at most 8 MiB and 256
  /// levels of nesting). Pattern errors have `route.*` codes and point at the
  /// character inside the route string. The `registry.*` errors are a missing
  /// or mistyped field, an empty title, two routes of the same shape, and
  /// more than ``maximumPanelCount`` panels. Unknown fields and normalized
  /// routes are warnings.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file name to put in diagnostics, if any.
  /// - Returns: The registry when there is no error, and every diagnostic.
  /// - Complexity: O(n) in the size of the file, plus O(p × d) to build p panels of d segments.
  public static func load(from bytes: some Collection<UInt8>, file: String? = nil)
    -> PanelRegistryLoadResult
  {
    RegistryFileReader(bytes: bytes, file: file).read()
  }

  /// Reads and loads a registry file from disk.
  ///
  /// - Parameter url: The file's location.
  /// - Returns: The registry or diagnostics. A file that cannot be read gives a
  ///   `registry.unreadable-file` error. A file larger than 8 MiB gives a
  ///   `json.too-large` error, and only its first 8 MiB and one byte are read.
  /// - Complexity: O(n) in the size of the file, plus building as in ``load(from:file:)``.
  public static func load(contentsOf url: URL) -> PanelRegistryLoadResult {
    let name = url.isFileURL ? url.path : url.absoluteString
    let limit = JSONReader.Limits.default.maximumInputSize
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      // One byte over the limit is enough for the reader to report the size.
      let data = try handle.read(upToCount: limit + 1) ?? Data()
      return load(from: data, file: name)
    } catch {
      let diagnostic = Diagnostic(
        .error, code: .registryUnreadableFile,
        message: "Cannot read registry file: \(error.localizedDescription); "
          + "check the path passed to --registry.",
        file: name)
      return PanelRegistryLoadResult(registry: nil, diagnostics: [diagnostic])
    }
  }
}
