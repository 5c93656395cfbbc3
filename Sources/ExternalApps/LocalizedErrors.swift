import Foundation

// Foundation's localizedDescription reads errorDescription, so these errors print their
// message there too instead of "The operation could not be completed".

extension OptionsWriteError: LocalizedError {
  /// The same sentence as `description`.
  public var errorDescription: String? { description }
}
