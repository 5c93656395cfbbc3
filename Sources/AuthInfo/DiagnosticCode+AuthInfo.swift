import PortaDiagnostics

extension DiagnosticCode {
  // MARK: Request body decoding

  /// The request body is larger than the decoder's size limit.
  public static let authInfoBodyTooLarge: DiagnosticCode = "authinfo.body-too-large"
  /// The request body is not valid JSON.
  public static let authInfoInvalidJSON: DiagnosticCode = "authinfo.invalid-json"
  /// The request body is valid JSON but not an object.
  public static let authInfoBodyNotAnObject: DiagnosticCode = "authinfo.body-not-an-object"
  /// The request body has no `auth_info` field.
  public static let authInfoMissingField: DiagnosticCode = "authinfo.missing-field"
  /// A key appears twice in one object of the body or of the `auth_info` string.
  public static let authInfoDuplicateKey: DiagnosticCode = "authinfo.duplicate-key"
  /// `auth_info`, `login` or `password` is not a string.
  public static let authInfoNotAString: DiagnosticCode = "authinfo.not-a-string"
  /// The `auth_info` string does not contain a JSON object.
  public static let authInfoInnerTextNotAnObject: DiagnosticCode = "authinfo.inner-text-not-an-object"
  /// The credentials object has no `login` or no `password` member.
  public static let authInfoMissingKey: DiagnosticCode = "authinfo.missing-key"

  // MARK: Templates

  /// The template is larger than its size limit.
  public static let authInfoTemplateTooLarge: DiagnosticCode = "authinfo.template-too-large"
  /// A `{{` or `}}` in a template string has no partner.
  public static let authInfoUnbalancedBraces: DiagnosticCode = "authinfo.unbalanced-braces"
  /// A placeholder name is empty or has characters outside the allowed set.
  public static let authInfoInvalidPlaceholder: DiagnosticCode = "authinfo.invalid-placeholder"
  /// A placeholder is outside a JSON string.
  public static let authInfoPlaceholderOutsideString: DiagnosticCode = "authinfo.placeholder-outside-string"
  /// A placeholder is inside an object key.
  public static let authInfoPlaceholderInKey: DiagnosticCode = "authinfo.placeholder-in-key"
  /// The template is not valid JSON.
  public static let authInfoInvalidTemplateJSON: DiagnosticCode = "authinfo.invalid-template-json"
  /// The template is valid JSON but not an object.
  public static let authInfoTemplateNotAnObject: DiagnosticCode = "authinfo.template-not-an-object"
  /// A placeholder names no option of the application.
  public static let authInfoUnknownPlaceholder: DiagnosticCode = "authinfo.unknown-placeholder"
  /// An option named by a placeholder is set more than once.
  public static let authInfoDuplicateOption: DiagnosticCode = "authinfo.duplicate-option"
}
