import PortaDiagnostics

/// The external applications configured by WebCustom options, in the order `Extras` lists them.
///
/// Read one with ``load(from:)`` or ``load(_:limits:)``, and write one with ``OptionsWriter``.
public struct ExternalAppsConfiguration: Sendable, Hashable {
  /// The applications, in `Extras` order.
  public var applications: [ExternalApp]

  /// Creates a configuration.
  ///
  /// - Parameter applications: The applications, in the order to list them in `Extras`.
  public init(applications: [ExternalApp] = []) {
    self.applications = applications
  }

  /// Returns the application named `name`, compared exactly.
  ///
  /// - Parameter name: The application's name.
  /// - Returns: The application, or `nil` when none has that name.
  public func application(named name: String) -> ExternalApp? {
    applications.first { $0.name == name }
  }
}
