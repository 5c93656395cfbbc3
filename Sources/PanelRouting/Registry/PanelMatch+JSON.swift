import PortaJSON

extension PanelMatch {
  /// The match as JSON: `{"route": …, "title": …, "parameters": {…}}`, parameters in pattern order.
  ///
  /// This is the output of `porta-plugin route match`.
  ///
  /// - Complexity: O(p) for p parameters.
  public var jsonValue: JSONValue {
    var parameterObject = JSONObject()
    for (name, value) in orderedParameters {
      parameterObject.members.append(JSONMember(key: name, value: .string(value)))
    }
    return .object(
      JSONObject([
        JSONMember(key: "route", value: .string(route)),
        JSONMember(key: "title", value: .string(title)),
        JSONMember(key: "parameters", value: .object(parameterObject)),
      ]))
  }
}
