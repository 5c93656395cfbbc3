import Foundation

// Foundation's localizedDescription reads errorDescription, so these errors print their
// message there too instead of "The operation could not be completed".

extension AttachmentConflict: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}

extension PanelRegistryError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}

extension RoutePathError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}

extension RoutePatternError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}
