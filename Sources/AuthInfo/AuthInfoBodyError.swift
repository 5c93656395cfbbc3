/// A reason why a request body with `auth_info` could not be built.
public enum AuthInfoBodyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The caller's other fields already contain an `auth_info` member.
  case fieldAlreadyPresent
  /// The caller's other fields repeat a key, at the top level or inside one object
  /// of a value.
  case duplicateField(name: String)
  /// The inner JSON text is not one JSON object without repeated keys; `found` names
  /// what it is instead, such as `array`, `invalid JSON` or `repeated key "login"`.
  case jsonTextNotAnObject(found: String)

  /// A sentence that names what is wrong and how to fix it.
  public var description: String {
    switch self {
    case .fieldAlreadyPresent:
      "The other fields already contain \"auth_info\"; remove it, because the body builder adds the field itself."
    case .duplicateField(let name):
      "The other fields contain the key \"\(name)\" more than once; keep one, because receivers would pick different ones."
    case .jsonTextNotAnObject(let found):
      "The auth_info text is not one JSON object without repeated keys (found \(found)); pass text such as "
        + "{\"login\":\"L\",\"password\":\"P\"}."
    }
  }
}
