/// The options of one section, with repeated keys resolved to the last line.
struct SectionOptions {
  var name: String
  /// The first option line of the section, where section-wide diagnostics point.
  var firstRecord: OptionRecord
  /// The option in effect for each key: the last line that sets it.
  var effective: [String: OptionRecord] = [:]
  /// The keys in the order of their first line.
  var keyOrder: [String] = []
}
