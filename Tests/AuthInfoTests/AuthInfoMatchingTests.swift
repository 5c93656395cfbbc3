import AuthInfo
import Testing

/// One row of the matching table: two credentials and whether they match.
struct MatchingCase: Sendable, CustomTestStringConvertible {
  var id: String
  var presented: AuthInfo
  var expected: AuthInfo
  var isMatch: Bool

  var testDescription: String { id }
}

@Suite("AuthInfo matching")
struct AuthInfoMatchingTests {
  static let cases: [MatchingCase] = [
    MatchingCase(
      id: "identical",
      presented: AuthInfo(login: "u", password: "p"),
      expected: AuthInfo(login: "u", password: "p"),
      isMatch: true
    ),
    MatchingCase(
      id: "both empty",
      presented: AuthInfo(login: "", password: ""),
      expected: AuthInfo(login: "", password: ""),
      isMatch: true
    ),
    MatchingCase(
      id: "wrong password",
      presented: AuthInfo(login: "u", password: "q"),
      expected: AuthInfo(login: "u", password: "p"),
      isMatch: false
    ),
    MatchingCase(
      id: "wrong login",
      presented: AuthInfo(login: "v", password: "p"),
      expected: AuthInfo(login: "u", password: "p"),
      isMatch: false
    ),
    MatchingCase(
      id: "password is a prefix",
      presented: AuthInfo(login: "u", password: "pass"),
      expected: AuthInfo(login: "u", password: "password"),
      isMatch: false
    ),
    MatchingCase(
      id: "password is longer",
      presented: AuthInfo(login: "u", password: "password1"),
      expected: AuthInfo(login: "u", password: "password"),
      isMatch: false
    ),
    MatchingCase(
      id: "trailing NUL",
      presented: AuthInfo(login: "u", password: "p\u{0}"),
      expected: AuthInfo(login: "u", password: "p"),
      isMatch: false
    ),
    MatchingCase(
      id: "empty against non-empty",
      presented: AuthInfo(login: "u", password: ""),
      expected: AuthInfo(login: "u", password: "p"),
      isMatch: false
    ),
    MatchingCase(
      id: "canonically equivalent but different bytes",
      presented: AuthInfo(login: "u", password: "\u{E9}"),
      expected: AuthInfo(login: "u", password: "e\u{301}"),
      isMatch: false
    ),
    MatchingCase(
      id: "login and password swapped",
      presented: AuthInfo(login: "p", password: "u"),
      expected: AuthInfo(login: "u", password: "p"),
      isMatch: false
    ),
    MatchingCase(
      id: "boundary moved between login and password",
      presented: AuthInfo(login: "ab", password: "c"),
      expected: AuthInfo(login: "a", password: "bc"),
      isMatch: false
    ),
    MatchingCase(
      id: "non-ASCII identical",
      presented: AuthInfo(login: "пользователь", password: "😀\u{2028}"),
      expected: AuthInfo(login: "пользователь", password: "😀\u{2028}"),
      isMatch: true
    ),
  ]

  @Test("matches exactly equal bytes only", arguments: cases)
  func matchesEqualBytesOnly(_ row: MatchingCase) {
    #expect(row.presented.matches(row.expected) == row.isMatch)
    #expect(row.expected.matches(row.presented) == row.isMatch)
    #expect((row.presented == row.expected) == row.isMatch)
  }

  @Test("swift string equality differs from matching")
  func stringEqualityDiffersFromMatching() {
    // This is why matching compares bytes: Swift calls these two strings equal.
    #expect("\u{E9}" == "e\u{301}")
    #expect(!AuthInfo(login: "u", password: "\u{E9}").matches(AuthInfo(login: "u", password: "e\u{301}")))
  }
}
