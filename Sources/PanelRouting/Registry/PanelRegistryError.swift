/// A reason why a set of panels cannot form a registry.
public enum PanelRegistryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Two patterns match exactly the same paths because they differ only in parameter names.
  case duplicateShape(first: String, second: String)
  /// A panel title that is empty or only whitespace.
  case emptyTitle(route: String)
  /// More panels than ``PanelRegistry/maximumPanelCount``.
  case tooManyPanels(count: Int)

  /// A sentence naming the problem and how to fix it.
  public var description: String {
    switch self {
    case .duplicateShape(let first, let second) where first == second:
      "Route \"\(second)\" is registered twice; remove one of the panels."
    case .duplicateShape(let first, let second):
      "Routes \"\(first)\" and \"\(second)\" match exactly the same paths because they differ "
        + "only in parameter names; remove one of the panels."
    case .emptyTitle(let route):
      "Panel \"\(route)\" has an empty title; give it the title the interface shows."
    case .tooManyPanels(let count):
      "Registry has \(count) panels; the maximum is \(PanelRegistry.maximumPanelCount)."
    }
  }
}
