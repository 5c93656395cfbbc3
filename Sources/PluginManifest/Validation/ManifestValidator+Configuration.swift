import PortaDiagnostics

extension ManifestValidator {
  /// Validates the manifests of one configuration, each on its own and then against each other.
  ///
  /// Besides each manifest's own diagnostics, two plug-ins with the same
  /// host panel (parameter names ignored) and routerLink are an error
  /// (`manifest.duplicate-plugin`). Two with the same linkLabel on one host
  /// panel are a warning (`manifest.duplicate-link-label`); labels are
  /// compared after trimming whitespace and ignoring case. Each is reported on
  /// the later manifest, at its routerLink or linkLabel, naming the earlier file.
  ///
  /// - Parameter documents: The manifests in configuration order.
  /// - Returns: One validation per document, in the same order.
  /// - Complexity: O(n) in the total size of the documents.
  public func validate(_ documents: [ManifestDocument]) -> [ManifestValidation] {
    Self.checkTogether(documents.map { validate($0.bytes, file: $0.file) })
  }

  /// Adds the cross-manifest diagnostics to validations made one by one.
  ///
  /// Only manifests that decoded take part. A manifest without a file name
  /// is named by its 1-based position, as in `manifest 2`.
  ///
  /// - Parameter validations: The validations in configuration order.
  /// - Returns: The same validations with `manifest.duplicate-plugin` and
  ///   `manifest.duplicate-link-label` diagnostics added and each list re-sorted by location.
  /// - Complexity: O(n) in the number of validations, plus the label lengths.
  public static func checkTogether(_ validations: [ManifestValidation]) -> [ManifestValidation] {
    var results = validations
    var firstByRoute: [String: Int] = [:]
    var firstByLabel: [String: Int] = [:]

    for (index, validation) in validations.enumerated() {
      guard let manifest = validation.manifest, let hostShape = validation.placement.hostShape else { continue }
      var added: [Diagnostic] = []

      var link = Substring(manifest.routerLink)
      if link.hasPrefix("/") { link = link.dropFirst() }
      let routeKey = hostShape + "\u{0}" + link
      if let first = firstByRoute[routeKey] {
        let problem = ManifestProblem.duplicatePlugin(
          fullRoute: validation.fullRoute ?? manifest.fullRoute, otherFile: name(of: validations[first], at: first))
        added.append(
          diagnostic(
            problem, file: validation.file, location: validation.placement.routerLink,
            pointer: ManifestField.routerLink.jsonPointer))
      } else {
        firstByRoute[routeKey] = index
      }

      let labelKey = hostShape + "\u{0}" + manifest.linkLabel.trimmingWhitespace().lowercased()
      if let first = firstByLabel[labelKey] {
        let problem = ManifestProblem.duplicateLinkLabel(
          written: JSONText.quoted(manifest.linkLabel), route: validation.hostPanel?.route ?? manifest.route,
          otherFile: name(of: validations[first], at: first))
        added.append(
          diagnostic(
            problem, file: validation.file, location: validation.placement.linkLabel,
            pointer: ManifestField.linkLabel.jsonPointer))
      } else {
        firstByLabel[labelKey] = index
      }

      if !added.isEmpty {
        results[index].diagnostics = (validation.diagnostics + added).sortedByLocation()
      }
    }
    return results
  }

  private static func name(of validation: ManifestValidation, at index: Int) -> String {
    validation.file ?? "manifest \(index + 1)"
  }

  private static func diagnostic(
    _ problem: ManifestProblem,
    file: String?,
    location: SourceLocation?,
    pointer: String
  ) -> Diagnostic {
    Diagnostic(
      problem.severity, code: problem.code, message: problem.message, file: file, location: location,
      jsonPointer: pointer, fixIt: problem.fixIt)
  }
}
