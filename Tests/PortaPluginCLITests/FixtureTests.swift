import AuthInfo
import ExternalApps
import Foundation
import PluginArchive
import PluginManifest
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

@Suite("Error descriptions")
struct ErrorDescriptionTests {
  @Test("localizedDescription gives the message")
  func localizedDescriptionGivesMessage() throws {
    do {
      _ = try AuthInfo(requestBody: Array(#"{"auth_info":42}"#.utf8))
      Issue.record("decoded")
    } catch {
      let anyError: any Error = error
      #expect(anyError.localizedDescription == error.description)
      #expect(!anyError.localizedDescription.contains("could not be completed"))
    }
  }
}

@Suite("Library guards")
struct LibraryGuardTests {
  @Test(
    "writer rejects server URLs that loading rejects",
    arguments: ["https://u:p@h.example/", "ftp://h.example/", "mailto:x@y.example", "/relative"])
  func writerRejectsServerURLs(url: String) throws {
    let application = ExternalApp(name: "a", serverURL: try #require(URL(string: url)))
    #expect(throws: OptionsWriteError.invalidServerURL(field: "[a]ServerUrl")) {
      try OptionsWriter().render(ExternalAppsConfiguration(applications: [application]))
    }
  }

  @Test("JSONDecoder gives data members in a stable order")
  func decoderOrderIsStable() throws {
    let text = #"{"route":"/customer/:id/general_info","routerLink":"c","linkLabel":"C","data":{"b":1,"a":2,"c":3}}"#
    let manifest = try JSONDecoder().decode(PluginManifest.self, from: Data(text.utf8))
    #expect(manifest.data?.objectValue?.keys == ["a", "b", "c"])
  }

  @Test("credentials compare bytes like matches")
  func credentialsCompareBytes() {
    let precomposed = Credentials(login: "u", password: "caf\u{E9}")
    let decomposed = Credentials(login: "u", password: "cafe\u{301}")
    #expect(precomposed != decomposed)
    #expect(precomposed == Credentials(login: "u", password: "caf\u{E9}"))
    #expect(
      AuthInfo(login: "u", password: "caf\u{E9}").matches(AuthInfo(login: "u", password: "cafe\u{301}"))
        == (precomposed == decomposed))
  }

  @Test("packing a missing folder throws")
  func packingMissingFolderThrows() {
    #expect(throws: (any Error).self) {
      try PluginArchive.entries(inFolder: URL(fileURLWithPath: "/nonexistent/plugin"))
    }
  }

  @Test("flags options.txt anywhere in an archive")
  func flagsNestedOptions() {
    let entries = ["index.html", "main.css", "main.js", "config/options.txt"].map {
      ArchiveEntry(path: $0, contents: [1])
    }
    #expect(PluginArchive.validate(entries).map(\.code) == [.archiveUnexpectedFile])
  }

  @Test("finds the directory behind a comment that looks like one")
  func findsDirectoryBehindComment() throws {
    var archive = try ArchiveWriter.archive([ArchiveEntry(path: "main.js", contents: [1, 2, 3])])
    let comment: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0xFF, count: 18)
    archive[archive.count - 2] = UInt8(comment.count)
    archive += comment
    let result = ArchiveReader().read(Data(archive))
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.path) == ["main.js"])
  }
}
