import PortaDiagnostics

/// `auth_info` request bodies, valid and malformed, and the codes that
/// decoding one with `AuthInfo(requestBody:)` reports.
public enum AuthInfoSamples {
  /// The login every valid sample carries.
  public static let login = "u"

  /// Bodies that decode, with the password each one carries.
  public static let valid: [(sample: FixtureSample, password: String)] = [
    (
      FixtureSample(
        name: "documented form",
        text: #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}"}"#,
        expectedCodes: []
      ),
      "p"
    ),
    (
      FixtureSample(
        name: "quote and backslash in the password",
        text: #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\"q\\\\\"}"}"#,
        expectedCodes: []
      ),
      #"p"q\"#
    ),
    (
      FixtureSample(
        name: "injection attempt stays one password",
        text: #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\\\",\\\"admin\\\":true,\\\"x\\\":\\\"\"}"}"#,
        expectedCodes: []
      ),
      #"p","admin":true,"x":""#
    ),
    (
      FixtureSample(
        name: "object form, accepted leniently",
        text: #"{"auth_info":{"login":"u","password":"p"}}"#,
        expectedCodes: []
      ),
      "p"
    ),
  ]

  /// Bodies that do not decode, each with the one code it reports.
  public static let invalid: [FixtureSample] = [
    FixtureSample(name: "missing field", text: #"{"session":"x"}"#, expectedCodes: ["authinfo.missing-field"]),
    FixtureSample(
      name: "number instead of string", text: #"{"auth_info":42}"#, expectedCodes: ["authinfo.not-a-string"]),
    FixtureSample(
      name: "string that is not JSON",
      text: #"{"auth_info":"not json"}"#,
      expectedCodes: ["authinfo.inner-text-not-an-object"]
    ),
    FixtureSample(
      name: "missing password",
      text: #"{"auth_info":"{\"login\":\"u\"}"}"#,
      expectedCodes: ["authinfo.missing-key"]
    ),
    FixtureSample(
      name: "field given twice",
      text: #"{"auth_info":"{\"login\":\"u\",\"password\":\"p\"}","auth_info":"x"}"#,
      expectedCodes: ["authinfo.duplicate-key"]
    ),
    FixtureSample(name: "not JSON at all", text: "auth_info=u:p", expectedCodes: ["authinfo.invalid-json"]),
  ]
}
