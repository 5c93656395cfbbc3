import PortaDiagnostics

extension AuthInfoDecodingError {
  /// The stable diagnostic code of this error, such as `authinfo.missing-field`.
  public var code: DiagnosticCode {
    switch self {
    case .bodyTooLarge: .authInfoBodyTooLarge
    case .invalidJSON: .authInfoInvalidJSON
    case .bodyNotAnObject: .authInfoBodyNotAnObject
    case .missingField: .authInfoMissingField
    case .duplicateKey: .authInfoDuplicateKey
    case .notAString: .authInfoNotAString
    case .innerTextNotAnObject: .authInfoInnerTextNotAnObject
    case .missingKey: .authInfoMissingKey
    }
  }

  /// Returns the error as an error-severity diagnostic with its location and JSON Pointer.
  ///
  /// - Parameter file: The name of the file the body came from, if any.
  /// - Returns: A diagnostic whose message is ``description``.
  public func diagnostic(file: String? = nil) -> Diagnostic {
    var location: SourceLocation?
    var pointer: String?
    switch self {
    case .bodyTooLarge, .bodyNotAnObject:
      pointer = ""
    case .missingField:
      pointer = ""
    case .invalidJSON(_, let place):
      location = place
    case .duplicateKey(_, let keyPointer, let place):
      (pointer, location) = (keyPointer, place)
    case .notAString(let valuePointer, _, let place):
      (pointer, location) = (valuePointer, place)
    case .innerTextNotAnObject(_, _, let place), .missingKey(_, let place):
      (pointer, location) = ("/auth_info", place)
    }
    return Diagnostic(.error, code: code, message: description, file: file, location: location, jsonPointer: pointer)
  }
}

extension AuthInfoTemplateError {
  /// The stable diagnostic code of this error, such as `authinfo.unknown-placeholder`.
  public var code: DiagnosticCode {
    switch self {
    case .templateTooLarge: .authInfoTemplateTooLarge
    case .unbalancedBraces: .authInfoUnbalancedBraces
    case .invalidPlaceholder: .authInfoInvalidPlaceholder
    case .placeholderOutsideString: .authInfoPlaceholderOutsideString
    case .placeholderInKey: .authInfoPlaceholderInKey
    case .invalidJSON: .authInfoInvalidTemplateJSON
    case .templateNotAnObject: .authInfoTemplateNotAnObject
    case .unknownPlaceholder: .authInfoUnknownPlaceholder
    case .duplicateOption: .authInfoDuplicateOption
    }
  }

  /// Returns the error as an error-severity diagnostic located in the template.
  ///
  /// - Parameter file: The name of the file the template came from, if any.
  /// - Returns: A diagnostic whose message is ``description``.
  public func diagnostic(file: String? = nil) -> Diagnostic {
    let location: SourceLocation? =
      switch self {
      case .unbalancedBraces(_, let place), .invalidPlaceholder(_, let place),
        .placeholderOutsideString(_, let place), .placeholderInKey(_, let place),
        .unknownPlaceholder(_, let place, _):
        place
      case .invalidJSON(_, let place):
        place
      case .templateTooLarge, .templateNotAnObject, .duplicateOption:
        nil
      }
    return Diagnostic(.error, code: code, message: description, file: file, location: location)
  }
}
