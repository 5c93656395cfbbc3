/// Renders a configuration as canonical WebCustom option lines.
///
/// The output starts with `[ExternalApps]Extras=` listing the applications
/// separated by commas, then each application's `ServerUrl`, `Login`,
/// `Password` and other options in order. Lines end with LF, and the last line
/// has one too. Everything is checked before anything is written, so an error
/// means no output, and whatever the writer accepts parses back to the same sections,
/// keys and values.
///
/// ```swift
/// let app = ExternalApp(name: "contracts", serverURL: URL(string: "https://mybilling.com")!)
/// let text = try OptionsWriter().render(ExternalAppsConfiguration(applications: [app]))
/// // [ExternalApps]Extras=contracts
/// // [contracts]ServerUrl=https://mybilling.com
/// ```
public struct OptionsWriter: Sendable {
  /// The line length limit that every written line must meet.
  public var limits: OptionsLimits

  /// Creates a writer.
  ///
  /// - Parameter limits: The limits that written lines must meet, so that the parser accepts them.
  public init(limits: OptionsLimits = .default) {
    self.limits = limits
  }

  /// Renders `configuration` as option lines.
  ///
  /// - Parameter configuration: The applications to write.
  /// - Returns: The lines, each ending with LF.
  /// - Throws: ``OptionsWriteError`` naming the field, in these cases:
  ///   - An application name is empty, has blanks around it, contains `,`, `]` or a control
  ///     character, is `ExternalApps`, or is repeated.
  ///   - A key contains a character outside `A-Z a-z 0-9 _ . -`, is repeated, or is
  ///     `ServerUrl`, `Login` or `Password` among the other options.
  ///   - A server URL is not absolute `http` or `https` with a host, or contains a user
  ///     name or password.
  ///   - A value contains CR, LF or NUL.
  ///   - A line would exceed ``OptionsLimits/maximumLineLength``.
  /// - Complexity: O(n) in the size of the output.
  public func render(_ configuration: ExternalAppsConfiguration) throws(OptionsWriteError) -> String {
    let lines = try optionLines(configuration)
    var text = ""
    text.reserveCapacity(lines.reduce(0) { $0 + $1.section.utf8.count + $1.key.utf8.count + $1.value.utf8.count + 4 })
    for line in lines {
      text += "[\(line.section)]\(line.key)=\(line.value)\n"
    }
    return text
  }

  /// Renders `configuration` as UTF-8 bytes.
  ///
  /// - Parameter configuration: The applications to write.
  /// - Returns: The UTF-8 bytes of ``render(_:)``.
  /// - Throws: The same ``OptionsWriteError`` cases as ``render(_:)``.
  /// - Complexity: O(n) in the size of the output.
  public func encode(_ configuration: ExternalAppsConfiguration) throws(OptionsWriteError) -> [UInt8] {
    Array(try render(configuration).utf8)
  }

  /// Checks every application and returns the lines to write, in canonical order.
  func optionLines(
    _ configuration: ExternalAppsConfiguration
  ) throws(OptionsWriteError) -> [(section: String, key: String, value: String)] {
    var names: Set<String> = []
    for application in configuration.applications {
      try checkApplicationName(application.name)
      guard names.insert(application.name).inserted else {
        throw .duplicateApplication(name: application.name)
      }
    }

    let extras = configuration.applications.map(\.name).joined(separator: ",")
    var lines = [(section: KnownKeys.externalAppsSection, key: KnownKeys.extras, value: extras)]
    for application in configuration.applications {
      // Write only what reading accepts, so a written document always loads.
      let field = "[\(application.name)]\(KnownKeys.serverURL)"
      if ServerURLCheck.check(application.serverURL.absoluteString, field: field, offset: 0).url == nil {
        throw .invalidServerURL(field: field)
      }
      var keys: Set<String> = []
      for option in application.otherOptions {
        let field = "[\(application.name)]\(option.key)"
        if KnownKeys.applicationKeys.contains(option.key) {
          throw .reservedKey(field: field)
        }
        guard keys.insert(option.key).inserted else {
          throw .duplicateKey(field: field)
        }
      }
      for option in application.options {
        lines.append((application.name, option.key, option.value))
      }
    }

    for line in lines {
      try OptionLineValidation.check(section: line.section, key: line.key, value: line.value, limits: limits)
    }
    return lines
  }

  /// Throws unless `name` can be both an `Extras` entry and a section name.
  func checkApplicationName(_ name: String) throws(OptionsWriteError) {
    if let reason = OptionLineValidation.problem(inSectionName: name) {
      throw .invalidApplicationName(name: name, reason: reason)
    }
    if name.utf8.contains(UInt8(ascii: ",")) {
      throw .invalidApplicationName(name: name, reason: "contains `,`, which separates names in `Extras`")
    }
    if let first = name.utf8.first, let last = name.utf8.last, ASCII.isBlank(first) || ASCII.isBlank(last) {
      throw .invalidApplicationName(name: name, reason: "starts or ends with a blank, which `Extras` ignores")
    }
    if name == KnownKeys.externalAppsSection {
      throw .invalidApplicationName(name: name, reason: "is the section that lists the applications")
    }
    if DocumentationPlaceholder.isContained(in: name) {
      throw .invalidApplicationName(name: name, reason: "is a placeholder from the documentation")
    }
  }
}
