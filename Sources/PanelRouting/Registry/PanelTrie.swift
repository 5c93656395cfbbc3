/// A trie over route segments that finds the best panel for a concrete path.
///
/// Each node has literal children in two open-addressing hash tables (one
/// keyed by the exact bytes, one by ASCII-lowercased bytes for
/// case-insensitive matching), at most one parameter child and at most one
/// catch-all child. All nodes, table slots and literal bytes live in flat
/// arrays of plain values, so a lookup touches no reference counts and
/// allocates nothing.
///
/// The search is depth first in rank order, literal, then parameter, then
/// catch-all, and backtracks when a branch fails deeper down. Every node is
/// reached by exactly one route from the root, so a search visits each node
/// at most once. Its cost therefore grows with the path's depth and the
/// branching along it, not with the number of panels.
struct PanelTrie: Sendable {
  struct Node: Sendable {
    /// The offset of this node's literal key (decoded bytes) in `literalBytes`.
    var keyOffset: Int32 = 0
    var keyLength: Int32 = 0
    var exactTable = Table()
    var foldedTable = Table()
    var parameterChild: Int32 = -1
    var catchAllChild: Int32 = -1
    /// The panel whose pattern ends here, or -1.
    var panel: Int32 = -1
  }

  /// A slice of `slots` and `slotHashes` used as an open-addressing hash table.
  struct Table: Sendable {
    var offset: Int32 = 0
    /// The number of slots, a power of two, or 0 when the node has no literal children.
    var capacity: Int32 = 0
  }

  private(set) var nodes: [Node] = [Node()]
  private(set) var literalBytes: [UInt8] = []
  /// Child node indices; -1 marks an empty slot.
  private(set) var slots: [Int32] = []
  private(set) var slotHashes: [UInt64] = []
  /// The largest number of segments of any pattern, which bounds the search depth.
  private(set) var maximumDepth = 0

  /// Builds the trie; `patterns[i]` is the pattern of panel `i`, and no two share a shape.
  init(patterns: [RoutePattern]) {
    // First a mutable tree with dictionary children, then the flat form.
    var literalChildren: [[String: Int]] = [[:]]
    var parameterChild: [Int] = [-1]
    var catchAllChild: [Int] = [-1]
    var panelAt: [Int] = [-1]
    var keys: [String] = [""]

    func newNode(key: String) -> Int {
      literalChildren.append([:])
      parameterChild.append(-1)
      catchAllChild.append(-1)
      panelAt.append(-1)
      keys.append(key)
      return keys.count - 1
    }

    for (panel, pattern) in patterns.enumerated() {
      var node = 0
      for segment in pattern.segments {
        switch segment {
        case .literal(let text):
          // Children are keyed by the ASCII shape key so that keys compare byte for byte.
          if let child = literalChildren[node][segment.shapeKey] {
            node = child
          } else {
            let child = newNode(key: text)
            literalChildren[node][segment.shapeKey] = child
            node = child
          }
        case .parameter:
          if parameterChild[node] < 0 { parameterChild[node] = newNode(key: "") }
          node = parameterChild[node]
        case .catchAll:
          if catchAllChild[node] < 0 { catchAllChild[node] = newNode(key: "") }
          node = catchAllChild[node]
        }
      }
      panelAt[node] = panel
      maximumDepth = max(maximumDepth, pattern.segments.count)
    }

    nodes = []
    nodes.reserveCapacity(keys.count)
    for index in keys.indices {
      var node = Node()
      node.keyOffset = Int32(literalBytes.count)
      node.keyLength = Int32(keys[index].utf8.count)
      literalBytes.append(contentsOf: keys[index].utf8)
      node.parameterChild = Int32(parameterChild[index])
      node.catchAllChild = Int32(catchAllChild[index])
      node.panel = Int32(panelAt[index])
      nodes.append(node)
    }

    // Sorted insertion makes the slot order, and so the order in which
    // case-insensitive candidates are tried, depend only on the set of literals.
    for index in keys.indices where !literalChildren[index].isEmpty {
      let children = literalChildren[index].sorted { $0.key < $1.key }.map(\.value)
      nodes[index].exactTable = makeTable(children, foldingCase: false)
      nodes[index].foldedTable = makeTable(children, foldingCase: true)
    }
  }

  private mutating func makeTable(_ children: [Int], foldingCase: Bool) -> Table {
    var capacity = 2
    while capacity < children.count * 2 { capacity *= 2 }
    let table = Table(offset: Int32(slots.count), capacity: Int32(capacity))
    slots.append(contentsOf: repeatElement(-1, count: capacity))
    slotHashes.append(contentsOf: repeatElement(0, count: capacity))
    for child in children {
      let hash = keyHash(of: child, foldingCase: foldingCase)
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[Int(table.offset) + slot] >= 0 {
        slot = (slot + 1) & (capacity - 1)
      }
      slots[Int(table.offset) + slot] = Int32(child)
      slotHashes[Int(table.offset) + slot] = hash
    }
    return table
  }

  private func keyHash(of node: Int, foldingCase: Bool) -> UInt64 {
    let start = Int(nodes[node].keyOffset)
    let end = start + Int(nodes[node].keyLength)
    return literalBytes[start..<end].withUnsafeBufferPointer {
      SegmentComparison.hash($0, foldingCase: foldingCase)
    }
  }
}
