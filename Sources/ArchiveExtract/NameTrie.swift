import ArchiveMatching

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
    /// The first two scalars of every name, hashed into 2^19 bits (64 KiB): most positions of a
    /// report start no name, and one bit test settles them, where a probe of the edge table (half a
    /// megabyte, a cache miss) cost more than the rest of the scan.
    private var pairBits = [UInt64](repeating: 0, count: 1 << 13)
    private var hasOneScalarName = false

    @inline(__always)
    private static func pairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (first.value &* 0x9E37_79B1 ^ second.value &* 0x85EB_CA77) >> 13)
    }

    private static func key(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 { UInt64(node) << 21 | UInt64(scalar.value) }

    mutating func insert(_ name: String, full: [Gazetteer.Division]? = nil, short: [Gazetteer.Division]? = nil) {
        let scalars = Array(name.unicodeScalars)
        guard !scalars.isEmpty else { return }
        if scalars.count > 1 {
            let bit = Self.pairBit(scalars[0], scalars[1])
            pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
        } else {
            hasOneScalarName = true
        }
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
        if !found.isEmpty { found.removeAll(keepingCapacity: true) }
        guard start < scalars.count else { return }
        if !hasOneScalarName {
            guard start + 1 < scalars.count else { return }
            let bit = Self.pairBit(scalars[start], scalars[start + 1])
            guard pairBits.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else { return }
        }
        var at = 0, i = start
        while i < scalars.count, let next = edges[Self.key(at, scalars[i])] {
            at = next
            i += 1
            if nodes[at].full != nil || nodes[at].short != nil { found.append((i - start, at)) }
        }
    }

    func node(_ index: Int) -> Node { nodes[index] }
}
