/// Option documents as operators write them, byte for byte, for round-trip and validation tests.
enum Fixtures {
  struct Fixture: CustomStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var description: String { name }
  }

  static let documented = Fixture(
    name: "documented example",
    bytes: Array(
      """
      [ExternalApps]Extras=contracts
      [contracts]ServerUrl=https://mybilling.com
      [contracts]Login=operator
      [contracts]Password=cDpx==

      """.utf8))

  static let commented = Fixture(
    name: "comments and blank lines",
    bytes: Array(
      """
      # External applications for the customer panel
      [ExternalApps]Extras=contracts, crm

      ; contracts service
      [contracts]ServerUrl=https://contracts.example.com/api?a=b&c=d
      \t[contracts]Login=operator
      [contracts]Password=p#;[]=x

      [crm]ServerUrl=https://crm.example.com
      [crm]Timeout=30
      """.utf8))

  static let windows = Fixture(
    name: "CRLF with byte order mark",
    bytes: [0xEF, 0xBB, 0xBF]
      + Array(
        "[ExternalApps]Extras=contracts\r\n[contracts]ServerUrl=https://mybilling.com\r\n[contracts]Login=u\r\n[contracts]Password=p\r\n"
          .utf8))

  static let mixedEndings = Fixture(
    name: "mixed line endings",
    bytes: Array("[ExternalApps]Extras=a\n[a]ServerUrl=https://a.example\r\n\r\n  \n# end\r\n".utf8))

  static let unicode = Fixture(
    name: "Unicode values",
    bytes: Array("[ExternalApps]Extras=café\n[café]ServerUrl=https://例え.jp\n[café]Note=日本語 😀\n".utf8))

  static let withErrors = Fixture(
    name: "document with syntax errors",
    bytes: Array("[ExternalApps]Extras=contracts\nLogin=u\n[]Password=\n[contracts ServerUrl=x\n".utf8) + [0xFF, 0x0A])

  static let empty = Fixture(name: "empty document", bytes: [])

  static let onlyByteOrderMark = Fixture(name: "only a byte order mark", bytes: [0xEF, 0xBB, 0xBF])

  static let all = [documented, commented, windows, mixedEndings, unicode, withErrors, empty, onlyByteOrderMark]
}
