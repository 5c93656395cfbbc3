import Testing

@testable import ExternalApps

/// Checks that parsing `bytes` and encoding the document returns `bytes`, and that the
/// document's lines cover every byte.
func expectRoundTrip(
  _ bytes: [UInt8], limits: OptionsLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) {
  let document = OptionsDocument.parse(bytes, limits: limits).document
  #expect(document.encoded() == bytes, "encoded bytes differ from the input", sourceLocation: sourceLocation)

  // Rebuilding the document from its decoded lines must give the same bytes.
  var rebuilt = document.hasByteOrderMark ? OptionsDocument.byteOrderMark : []
  for line in document.lines {
    rebuilt += line.content + (line.ending?.bytes ?? [])
  }
  if !document.exceedsSizeLimit {
    #expect(rebuilt == bytes, "lines do not cover the input", sourceLocation: sourceLocation)
  }

  // An option line is its indentation followed by `[section]Key=value`.
  for line in document.lines where line.kind == .option {
    let option = "[\(line.section ?? "")]\(line.key ?? "")=\(line.value ?? "")"
    let indentation = line.text.prefix { $0 == " " || $0 == "\t" }
    #expect(indentation + option == line.text, "line \(line.number)", sourceLocation: sourceLocation)
  }
}
