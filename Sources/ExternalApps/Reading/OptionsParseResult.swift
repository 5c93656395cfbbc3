import PortaDiagnostics

/// A parsed options document and the problems found while parsing it.
public struct OptionsParseResult: Sendable {
  /// The lossless document, in which lines with syntax errors are kept as invalid lines.
  public var document: OptionsDocument
  /// Syntax errors and warnings, in line order, with line and column.
  public var diagnostics: [Diagnostic]
}
