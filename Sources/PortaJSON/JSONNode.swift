/// A JSON value together with where it was written.
///
/// The reader produces a tree of nodes so that validators can point at the
/// exact value or member name that is wrong. Ranges are 0-based byte offsets
/// into the input; `JSONReadResult.location(ofOffset:)` turns them into lines
/// and columns.
public struct JSONNode: Sendable, Hashable {
  /// The kind of value, with located children for arrays and objects.
  public enum Kind: Sendable, Hashable {
    /// The literal `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, with its text as written.
    case number(JSONNumber)
    /// A string, unescaped.
    case string(String)
    /// An array of located elements.
    case array([JSONNode])
    /// An object's located members in document order, repeated keys included.
    case object([JSONNodeMember])
  }

  /// The value's kind and children.
  public var kind: Kind
  /// The byte range of the value's text; for a string it includes the quotes.
  public var range: Range<Int>

  /// Creates a node.
  ///
  /// - Parameters:
  ///   - kind: The value's kind and children.
  ///   - range: The byte range of the value's text.
  public init(kind: Kind, range: Range<Int>) {
    self.kind = kind
    self.range = range
  }

  /// The value without locations.
  ///
  /// - Complexity: O(n) in the size of the subtree.
  public var value: JSONValue {
    switch kind {
    case .null: .null
    case .bool(let bool): .bool(bool)
    case .number(let number): .number(number)
    case .string(let string): .string(string)
    case .array(let elements): .array(elements.map(\.value))
    case .object(let members):
      .object(JSONObject(members.map { JSONMember(key: $0.key, value: $0.value.value) }))
    }
  }

  /// The JSON type's name as messages print it: `null`, `boolean`, `number`,
  /// `string`, `array` or `object`.
  public var typeName: String {
    switch kind {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// The object's members when this node is an object, otherwise `nil`.
  public var members: [JSONNodeMember]? {
    if case .object(let members) = kind { return members }
    return nil
  }

  /// Returns the first member named `key` when this node is an object, otherwise `nil`.
  ///
  /// - Complexity: O(n) in the number of members.
  public subscript(key: String) -> JSONNodeMember? {
    members?.first { $0.key == key }
  }
}

/// One located member of a JSON object.
public struct JSONNodeMember: Sendable, Hashable {
  /// The member's name, unescaped.
  public var key: String
  /// The byte range of the name's text, including its quotes.
  public var keyRange: Range<Int>
  /// The member's value.
  public var value: JSONNode

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - key: The member's name.
  ///   - keyRange: The byte range of the quoted name.
  ///   - value: The member's value.
  public init(key: String, keyRange: Range<Int>, value: JSONNode) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}
