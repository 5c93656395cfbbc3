import PortaJSON

extension ManifestValidator {
  /// Limits and thresholds of a validation.
  ///
  /// The input limits turn into `json.too-large` and `json.too-deep` errors;
  /// the thresholds turn into warnings.
  public struct Options: Sendable, Hashable {
    /// The largest manifest accepted, in bytes; 8 MiB by default. A larger
    /// input is rejected with `json.too-large` before it is parsed.
    public var maximumInputSize: Int
    /// The deepest nesting of arrays and objects accepted, counting the
    /// manifest object itself; 256 by default.
    public var maximumDepth: Int
    /// The largest `data` value, in bytes of compact JSON, before
    /// `manifest.large-data` warns; 64 KiB (65,536 bytes) by default.
    public var maximumDataSize: Int
    /// The longest `linkLabel`, in characters, before `manifest.long-link-label` warns; 40 by default.
    public var maximumLinkLabelLength: Int
    /// The largest `panelSize` before `manifest.large-panel-size` warns; 4 by default.
    public var maximumPanelSize: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - maximumInputSize: The largest manifest accepted, in bytes.
    ///   - maximumDepth: The deepest nesting of arrays and objects accepted.
    ///   - maximumDataSize: The largest `data`, in bytes of compact JSON, without a warning.
    ///   - maximumLinkLabelLength: The longest `linkLabel`, in characters, without a warning.
    ///   - maximumPanelSize: The largest `panelSize` without a warning.
    public init(
      maximumInputSize: Int = JSONReader.Limits.default.maximumInputSize,
      maximumDepth: Int = JSONReader.Limits.default.maximumDepth,
      maximumDataSize: Int = 64 * 1024,
      maximumLinkLabelLength: Int = 40,
      maximumPanelSize: Int = 4
    ) {
      self.maximumInputSize = maximumInputSize
      self.maximumDepth = maximumDepth
      self.maximumDataSize = maximumDataSize
      self.maximumLinkLabelLength = maximumLinkLabelLength
      self.maximumPanelSize = maximumPanelSize
    }

    /// 8 MiB of input, 256 levels, 64 KiB of data, 40-character labels and panel sizes up to 4.
    public static let `default` = Options()

    /// The reader limits these options imply.
    var readerLimits: JSONReader.Limits {
      JSONReader.Limits(maximumInputSize: maximumInputSize, maximumDepth: maximumDepth)
    }
  }
}
