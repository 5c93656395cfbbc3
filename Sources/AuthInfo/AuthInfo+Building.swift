import PortaDiagnostics
import PortaJSON

extension AuthInfo {
  /// The inner JSON object, exactly `{"login":"L","password":"P"}`.
  ///
  /// The text is compact, with `login` before `password`. Both values use RFC 8259
  /// string escaping, so `"` and `\` are escaped. U+0000 to U+001F are written as
  /// `\b`, `\f`, `\n`, `\r`, `\t` or `\u00XX` (lowercase hex). U+2028 and U+2029 are
  /// written as `\u2028` and `\u2029`, so the text is also safe inside JavaScript.
  /// Every other character, `/` included, is written as UTF-8.
  ///
  /// The text contains the password in clear.
  ///
  /// - Complexity: O(n) in the UTF-8 length of the login and password.
  public var jsonText: String {
    var text = ""
    text.reserveCapacity(login.utf8.count + password.utf8.count + 32)
    text += #"{"login":"#
    JSONWriter.appendQuoted(login, to: &text)
    text += #","password":"#
    JSONWriter.appendQuoted(password, to: &text)
    text += "}"
    return text
  }

  /// The value of the `auth_info` field: ``jsonText`` written as a JSON string, such
  /// as `"{\"login\":\"u\",\"password\":\"p\"}"`.
  ///
  /// - Complexity: O(n) in the UTF-8 length of the login and password.
  public var fieldText: String {
    JSONWriter.quoted(jsonText)
  }

  /// A request body with the `auth_info` field only, such as
  /// `{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}`.
  ///
  /// - Complexity: O(n) in the UTF-8 length of the login and password.
  public var requestBody: String {
    var body = #"{"auth_info":"#
    JSONWriter.appendQuoted(jsonText, to: &body)
    body += "}"
    return body
  }

  /// Builds a request body with the caller's `fields` followed by `auth_info`.
  ///
  /// The fields keep their order and the exact text of their numbers.
  ///
  /// - Parameter fields: The other members of the body, which must not contain
  ///   `auth_info` and must not repeat a key, at the top level or inside a value.
  /// - Returns: The compact JSON body.
  /// - Throws: ``AuthInfoBodyError/fieldAlreadyPresent`` or
  ///   ``AuthInfoBodyError/duplicateField(name:)``.
  /// - Complexity: O(n) in the size of the fields plus the credentials.
  public func requestBody(merging fields: JSONObject) throws(AuthInfoBodyError) -> String {
    try Self.assembleBody(fields: fields, fieldValue: fieldText)
  }

  /// Builds a request body from an inner JSON text, such as the output of
  /// ``AuthInfoTemplate/render(options:)``, and the caller's other fields.
  ///
  /// When `jsonText` is `nil` the body has no `auth_info` field at all, which is what
  /// PortaBilling sends for an application without credentials. Otherwise
  /// `jsonText` is checked to be one JSON object without repeated keys and is then
  /// written, unchanged, as the JSON string value of `auth_info` after the fields.
  ///
  /// - Parameters:
  ///   - jsonText: The inner JSON object as text, or `nil` to leave the field out.
  ///   - fields: The other members of the body, which must not contain `auth_info`
  ///     and must not repeat a key.
  /// - Returns: The compact JSON body; `{}` when both are empty.
  /// - Throws: ``AuthInfoBodyError/jsonTextNotAnObject(found:)``,
  ///   ``AuthInfoBodyError/fieldAlreadyPresent`` or
  ///   ``AuthInfoBodyError/duplicateField(name:)``.
  /// - Complexity: O(n) in the size of `jsonText` and the fields.
  public static func requestBody(
    jsonText: String?,
    merging fields: JSONObject = JSONObject()
  ) throws(AuthInfoBodyError) -> String {
    guard let jsonText else {
      return try assembleBody(fields: fields, fieldValue: nil)
    }

    // Parse the text first, so that a broken template output is never sent.
    let result = JSONReader().read(Array(jsonText.utf8))
    if let root = result.root {
      do {
        try checkForDuplicateKeys(in: root, result: result, pointer: "", errorPlace: .fixed { nil })
      } catch {
        if case .duplicateKey(let name, _, _) = error {
          throw .jsonTextNotAnObject(found: "repeated key \"\(name)\"")
        }
      }
    }
    guard !result.containsErrors, let root = result.root else {
      throw .jsonTextNotAnObject(found: "invalid JSON")
    }
    guard case .object = root.kind else {
      throw .jsonTextNotAnObject(found: root.typeName)
    }
    return try assembleBody(fields: fields, fieldValue: JSONWriter.quoted(jsonText))
  }

  /// Writes `{` the fields, then `"auth_info":` and `fieldValue` when it is present, `}`.
  static func assembleBody(fields: JSONObject, fieldValue: String?) throws(AuthInfoBodyError) -> String {
    var seenKeys = Set<String>()
    var body = "{"
    var isFirstMember = true
    for member in fields.members {
      guard member.key != fieldName else {
        throw .fieldAlreadyPresent
      }
      guard seenKeys.insert(member.key).inserted else {
        throw .duplicateField(name: member.key)
      }

      // A `JSONObject` keeps repeated keys, so nested values are checked too: the
      // decoder rejects a body with a repeated key anywhere.
      do {
        try checkForDuplicateKeys(in: member.value)
      } catch {
        if case .duplicateKey(let name, _, _) = error {
          throw .duplicateField(name: name)
        }
      }

      if !isFirstMember {
        body += ","
      }
      isFirstMember = false
      JSONWriter.appendQuoted(member.key, to: &body)
      body += ":"
      body += JSONWriter.string(member.value)
    }

    if let fieldValue {
      if !isFirstMember {
        body += ","
      }
      body += #""auth_info":"#
      body += fieldValue
    }
    body += "}"
    return body
  }
}
