extension PanelTrie {
  /// Finds the best panel for a path and passes its index and captured segments to `body`.
  ///
  /// - Parameters:
  ///   - path: The path's UTF-8 bytes.
  ///   - foldingCase: Whether literals compare without regard to ASCII case.
  ///   - body: Receives the panel index, the path cursor (for slicing) and one
  ///     captured segment per pattern segment; a catch-all's entry is its first segment.
  /// - Returns: What `body` returns, or `nil` when no panel matches.
  /// - Complexity: O(d) for a path of d segments when literal branches do not
  ///   need backtracking; never more than the number of trie nodes.
  func search<Result>(
    _ path: UnsafeBufferPointer<UInt8>,
    foldingCase: Bool,
    _ body: (Int, PathCursor, UnsafeBufferPointer<PathSegment>) -> Result
  ) -> Result? {
    let cursor = PathCursor(path)
    return nodes.withUnsafeBufferPointer { nodes in
      literalBytes.withUnsafeBufferPointer { literalBytes in
        slots.withUnsafeBufferPointer { slots in
          slotHashes.withUnsafeBufferPointer { slotHashes in
            withUnsafeTemporaryAllocation(of: PathSegment.self, capacity: maximumDepth + 1) {
              captures in
              let searcher = Searcher(
                nodes: nodes, literalBytes: literalBytes, slots: slots, slotHashes: slotHashes,
                captures: captures, foldingCase: foldingCase)
              let panel = searcher.visit(0, cursor: cursor, depth: 0)
              guard panel >= 0 else { return nil }
              return body(Int(panel), cursor, UnsafeBufferPointer(captures))
            }
          }
        }
      }
    }
  }
}

/// The state of one search: borrowed views of the trie's arrays and the capture buffer.
private struct Searcher {
  let nodes: UnsafeBufferPointer<PanelTrie.Node>
  let literalBytes: UnsafeBufferPointer<UInt8>
  let slots: UnsafeBufferPointer<Int32>
  let slotHashes: UnsafeBufferPointer<UInt64>
  let captures: UnsafeMutableBufferPointer<PathSegment>
  let foldingCase: Bool

  /// Returns the panel index of the best match below `node` for the rest of the path, or -1.
  func visit(_ node: Int32, cursor: PathCursor, depth: Int) -> Int32 {
    let current = nodes[Int(node)]
    if cursor.isAtEnd {
      return current.panel
    }
    var next = cursor
    guard let segment = next.next(), !segment.isEmpty else { return -1 }
    captures[depth] = segment

    let raw = cursor.slice(segment)
    guard segment.hasPercent else {
      return visitChildren(of: current, segment: raw, before: cursor, after: next, depth: depth)
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
      // Invalid percent-encoding fails every branch, the catch-all included.
      guard let count = PercentEncoding.decode(raw, into: buffer) else { return -1 }
      let decoded = UnsafeBufferPointer(rebasing: buffer[0..<count])
      return visitChildren(of: current, segment: decoded, before: cursor, after: next, depth: depth)
    }
  }

  /// Tries the children of `node` in rank order: literal, parameter, catch-all.
  private func visitChildren(
    of node: PanelTrie.Node,
    segment: UnsafeBufferPointer<UInt8>,
    before: PathCursor,
    after: PathCursor,
    depth: Int
  ) -> Int32 {
    // Literal children: the exact spelling first, then case variants when folding.
    if node.exactTable.capacity > 0 {
      let exactChild = lookup(segment, in: node.exactTable, foldingCase: false)
      if exactChild >= 0 {
        let panel = visit(exactChild, cursor: after, depth: depth + 1)
        if panel >= 0 { return panel }
      }
      if foldingCase {
        let panel = visitFoldedCandidates(
          segment, in: node.foldedTable, skipping: exactChild, after: after, depth: depth)
        if panel >= 0 { return panel }
      }
    }

    if node.parameterChild >= 0 {
      let panel = visit(node.parameterChild, cursor: after, depth: depth + 1)
      if panel >= 0 { return panel }
    }

    if node.catchAllChild >= 0, before.remainderSatisfiesCatchAll() {
      return nodes[Int(node.catchAllChild)].panel
    }
    return -1
  }

  /// Returns the child whose literal equals `segment` exactly, or -1.
  private func lookup(_ segment: UnsafeBufferPointer<UInt8>, in table: PanelTrie.Table, foldingCase: Bool)
    -> Int32
  {
    let hash = SegmentComparison.hash(segment, foldingCase: foldingCase)
    let mask = Int(table.capacity) - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let child = slots[Int(table.offset) + slot]
      if child < 0 { return -1 }
      if slotHashes[Int(table.offset) + slot] == hash, keyEquals(child, segment, foldingCase: foldingCase) {
        return child
      }
      slot = (slot + 1) & mask
    }
  }

  /// Visits every child whose literal equals `segment` without regard to ASCII case.
  private func visitFoldedCandidates(
    _ segment: UnsafeBufferPointer<UInt8>,
    in table: PanelTrie.Table,
    skipping skipped: Int32,
    after: PathCursor,
    depth: Int
  ) -> Int32 {
    let hash = SegmentComparison.hash(segment, foldingCase: true)
    let mask = Int(table.capacity) - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let child = slots[Int(table.offset) + slot]
      if child < 0 { return -1 }
      if child != skipped, slotHashes[Int(table.offset) + slot] == hash,
        keyEquals(child, segment, foldingCase: true)
      {
        let panel = visit(child, cursor: after, depth: depth + 1)
        if panel >= 0 { return panel }
      }
      slot = (slot + 1) & mask
    }
  }

  private func keyEquals(_ node: Int32, _ segment: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Bool {
    let key = nodes[Int(node)]
    let start = Int(key.keyOffset)
    let keyBytes = UnsafeBufferPointer(rebasing: literalBytes[start..<start + Int(key.keyLength)])
    return SegmentComparison.equals(keyBytes, segment, foldingCase: foldingCase)
  }
}
