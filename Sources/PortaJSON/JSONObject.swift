/// One name/value pair of a JSON object.
public struct JSONMember: Sendable, Hashable {
  /// The member's name.
  public var key: String
  /// The member's value.
  public var value: JSONValue

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - key: The member's name.
  ///   - value: The member's value.
  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}

/// A JSON object that keeps its members in document order.
///
/// A repeated key keeps every occurrence, so nothing in the input is lost;
/// the subscript returns the first one. Two objects are equal when their
/// members are equal in the same order.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
  /// The members in document order.
  public var members: [JSONMember]

  /// Creates an object from members in the order given.
  ///
  /// - Parameter members: The members, kept in this order.
  public init(_ members: [JSONMember] = []) {
    self.members = members
  }

  /// Creates an object from a dictionary literal, keeping the literal's order.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.members = elements.map { JSONMember(key: $0.0, value: $0.1) }
  }

  /// The position of the first member.
  public var startIndex: Int { members.startIndex }
  /// The position one past the last member.
  public var endIndex: Int { members.endIndex }

  /// The member at `position`.
  public subscript(position: Int) -> JSONMember { members[position] }

  /// Returns the value of the first member named `key`, or `nil` when there is none.
  ///
  /// - Complexity: O(n) in the number of members.
  public subscript(key: String) -> JSONValue? {
    members.first { $0.key == key }?.value
  }

  /// The member names in document order, repeats included.
  public var keys: [String] { members.map(\.key) }
}
