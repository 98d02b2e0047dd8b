/// Place names by their scalars, for finding every name that starts at a position of a text.
/// Built as dictionaries, then frozen into one table keyed by (node, scalar) for the scans.
struct NameTrie: Sendable {
    struct Node: Sendable {
        var full: [Gazetteer.Division]?
        var short: [Gazetteer.Division]?
    }

    private var nodes = [Node()]
    private var building: [UInt64: Int] = [:]
    private var edges = ScalarKeyedTable<Int>([])
    /// The scalars names start with, and those they go on with: most positions of a report start no
    /// name, and two bit tests settle them without a probe of the edge table (a cache miss each).
    private var firsts = ScalarBitmap()
    private var seconds = ScalarBitmap()
    private var hasOneScalarName = false

    private static func key(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 { UInt64(node) << 21 | UInt64(scalar.value) }

    mutating func insert(_ name: String, full: [Gazetteer.Division]? = nil, short: [Gazetteer.Division]? = nil) {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first else { return }
        firsts.insert(first.value)
        if scalars.count > 1 { seconds.insert(scalars[1].value) } else { hasOneScalarName = true }
        var at = 0
        for scalar in name.unicodeScalars {
            if let next = building[Self.key(at, scalar)] {
                at = next
            } else {
                nodes.append(Node())
                building[Self.key(at, scalar)] = nodes.count - 1
                at = nodes.count - 1
            }
        }
        if let full { nodes[at].full = full }
        if let short { nodes[at].short = short }
    }

    /// Ends building: the edges go into the lookup table.
    mutating func freeze() {
        edges = ScalarKeyedTable(building.map { ($0.key, $0.value) })
        building = [:]
    }

    /// The names that start at `start`, as (length, node index), shortest first, into `found`
    /// (emptied first, so a scan reuses one buffer instead of allocating at every position).
    func prefixes(of scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, into found: inout [(length: Int, node: Int)]) {
        found.removeAll(keepingCapacity: true)
        guard start < scalars.count, firsts.contains(scalars[start].value),
              hasOneScalarName || (start + 1 < scalars.count && seconds.contains(scalars[start + 1].value)) else { return }
        var at = 0, i = start
        while i < scalars.count, let next = edges[Self.key(at, scalars[i])] {
            at = next
            i += 1
            if nodes[at].full != nil || nodes[at].short != nil { found.append((i - start, at)) }
        }
    }

    func node(_ index: Int) -> Node { nodes[index] }
}
