import PortaDiagnostics

/// Diagnostic codes for WebCustom option lines (`[section]Key=value`).
///
/// Syntax codes come from `OptionsDocument.parse(_:limits:)`, and the others come from
/// ``ExternalAppsConfiguration/load(from:)``. Documentation/ExternalApps.md lists each code with
/// its severity.
extension DiagnosticCode {
  // MARK: Syntax

  /// Error: the document is larger than ``OptionsLimits/maximumDocumentSize``.
  public static let optionsDocumentTooLarge: DiagnosticCode = "options.document-too-large"
  /// Error: a line is longer than ``OptionsLimits/maximumLineLength``.
  public static let optionsLineTooLong: DiagnosticCode = "options.line-too-long"
  /// Error: a line contains bytes that are not valid UTF-8.
  public static let optionsInvalidUTF8: DiagnosticCode = "options.invalid-utf8"
  /// Error: a line contains a NUL byte.
  public static let optionsNULByte: DiagnosticCode = "options.nul-byte"
  /// Error: a carriage return that is not followed by a line feed.
  public static let optionsStrayCarriageReturn: DiagnosticCode = "options.stray-carriage-return"
  /// Error: an option line does not start with `[`.
  public static let optionsMissingOpenBracket: DiagnosticCode = "options.missing-open-bracket"
  /// Error: the section name is not closed with `]`.
  public static let optionsMissingCloseBracket: DiagnosticCode = "options.missing-close-bracket"
  /// Error: the section name between `[` and `]` is empty.
  public static let optionsEmptySection: DiagnosticCode = "options.empty-section"
  /// Error: the section name contains a control character.
  public static let optionsInvalidSection: DiagnosticCode = "options.invalid-section"
  /// Error: no `=` follows the key.
  public static let optionsMissingEquals: DiagnosticCode = "options.missing-equals"
  /// Error: the key between `]` and `=` is empty.
  public static let optionsEmptyKey: DiagnosticCode = "options.empty-key"
  /// Error: the key contains a character outside `A-Z a-z 0-9 _ . -`.
  public static let optionsInvalidKey: DiagnosticCode = "options.invalid-key"
  /// Error: a placeholder such as `<application_name>` was copied from the documentation.
  public static let optionsDocumentationPlaceholder: DiagnosticCode = "options.documentation-placeholder"
  /// Warning: a value starts or ends with blanks, which are kept as part of the value.
  public static let optionsValueWhitespace: DiagnosticCode = "options.value-whitespace"

  // MARK: Applications

  /// Error: there is no `[ExternalApps]Extras` option.
  public static let optionsMissingExtras: DiagnosticCode = "options.missing-extras"
  /// Warning: `Extras` contains an empty entry, as in `a,,b`.
  public static let optionsEmptyExtrasEntry: DiagnosticCode = "options.empty-extras-entry"
  /// Warning: `Extras` names the same application twice.
  public static let optionsDuplicateExtrasEntry: DiagnosticCode = "options.duplicate-extras-entry"
  /// Error: an application named in `Extras` has no option lines.
  public static let optionsMissingApplicationSection: DiagnosticCode = "options.missing-application-section"
  /// Error: an application has no `ServerUrl` option.
  public static let optionsMissingServerURL: DiagnosticCode = "options.missing-server-url"
  /// Error: `ServerUrl` is not an absolute `http` or `https` URL with a host.
  public static let optionsInvalidServerURL: DiagnosticCode = "options.invalid-server-url"
  /// Warning: `ServerUrl` uses `http`, so credentials travel in clear text.
  public static let optionsInsecureServerURL: DiagnosticCode = "options.insecure-server-url"
  /// Error: `ServerUrl` contains a user name or password.
  public static let optionsCredentialsInURL: DiagnosticCode = "options.credentials-in-url"
  /// Error: an application has `Login` without `Password`, or `Password` without `Login`.
  public static let optionsIncompleteCredentials: DiagnosticCode = "options.incomplete-credentials"
  /// Warning: a section is not named in `Extras`.
  public static let optionsUnlistedSection: DiagnosticCode = "options.unlisted-section"
  /// Warning: a key is not one that PortaBilling reads for this section.
  public static let optionsUnknownKey: DiagnosticCode = "options.unknown-key"
  /// Warning: the same section and key appear on two lines, and the later value is used.
  public static let optionsDuplicateOption: DiagnosticCode = "options.duplicate-option"
}
