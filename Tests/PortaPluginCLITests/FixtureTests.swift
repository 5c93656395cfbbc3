import AuthInfo
import ExternalApps
import PortaPluginFixtures
import Testing

@Suite("PortaPluginFixtures")
struct FixtureTests {
  @Test("option samples report their codes", arguments: OptionsSamples.all)
  func optionSamplesReportCodes(_ sample: FixtureSample) {
    let loaded = ExternalAppsConfiguration.load(sample.bytes)
    #expect(loaded.diagnostics.map(\.code) == sample.expectedCodes)
  }

  @Test("valid auth_info bodies decode", arguments: AuthInfoSamples.valid.map(\.sample))
  func validBodiesDecode(_ sample: FixtureSample) throws {
    let password = try #require(AuthInfoSamples.valid.first { $0.sample == sample }?.password)
    let decoded = try AuthInfo(requestBody: sample.bytes)
    #expect(decoded.login == AuthInfoSamples.login)
    #expect(decoded.revealedPassword == password)
  }

  @Test("invalid auth_info bodies report their codes", arguments: AuthInfoSamples.invalid)
  func invalidBodiesReportCodes(_ sample: FixtureSample) {
    do {
      _ = try AuthInfo(requestBody: sample.bytes)
      Issue.record("\(sample.name) decoded")
    } catch {
      #expect([error.code] == sample.expectedCodes)
    }
  }
}
