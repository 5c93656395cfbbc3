extension PanelRegistry {
  /// Renders the panel tree as indented text, one panel a line, for `porta-plugin route list`.
  ///
  /// Each line is the route, two spaces and the title, indented two spaces per
  /// level. Panels that can host plug-ins end with `  [can host plug-ins]`,
  /// and plug-in panels with `  [plug-in]`. Roots and subpanels keep the order
  /// in which they were added.
  ///
  /// ```text
  /// /customer/:id  Customer  [can host plug-ins]
  ///   /customer/:id/general_info  General info  [can host plug-ins]
  ///     /customer/:id/general_info/address_info  Address info
  /// ```
  ///
  /// - Returns: The lines joined by `\n`, with a final `\n`; empty for an empty registry.
  /// - Complexity: O(n) in the total length of the routes and titles.
  public func treeDescription() -> String {
    var output = ""
    var stack: [(index: Int, depth: Int)] = storage.panels.indices.reversed()
      .filter { storage.parentIndices[$0] == nil }
      .map { ($0, 0) }
    while let (index, depth) = stack.popLast() {
      let panel = storage.panels[index]
      output += String(repeating: "  ", count: depth)
      output += panel.route + "  " + panel.title
      if panel.isPlugin {
        output += "  [plug-in]"
      } else if !storage.childIndices[index].isEmpty {
        output += "  [can host plug-ins]"
      }
      output += "\n"
      for child in storage.childIndices[index].reversed() {
        stack.append((child, depth + 1))
      }
    }
    return output
  }
}
