import Foundation

// Foundation's localizedDescription reads errorDescription, so these errors print their
// message there too instead of "The operation could not be completed".

extension AuthInfoTemplateError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}

extension AuthInfoDecodingError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}

extension AuthInfoBodyError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}
