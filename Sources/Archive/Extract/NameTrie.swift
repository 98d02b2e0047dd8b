/// Place names by their scalars, for finding every name that starts at a position of a text.
struct NameTrie: Sendable {
    struct Node: Sendable {
        var next: [Unicode.Scalar: Int] = [:]
        var full: [Gazetteer.Division]?
        var short: [Gazetteer.Division]?
    }

    private(set) var nodes = [Node()]

    mutating func insert(_ name: String, full: [Gazetteer.Division]? = nil, short: [Gazetteer.Division]? = nil) {
        var at = 0
        for scalar in name.unicodeScalars {
            if let next = nodes[at].next[scalar] {
                at = next
            } else {
                nodes.append(Node())
                nodes[at].next[scalar] = nodes.count - 1
                at = nodes.count - 1
            }
        }
        if let full { nodes[at].full = full }
        if let short { nodes[at].short = short }
    }

    /// The names that start at `start`, as (length, node), shortest first.
    func prefixes(of scalars: [Unicode.Scalar], from start: Int) -> [(Int, Node)] {
        var found: [(Int, Node)] = []
        var at = 0, i = start
        while i < scalars.count, let next = nodes[at].next[scalars[i]] {
            at = next
            i += 1
            if nodes[at].full != nil || nodes[at].short != nil { found.append((i - start, nodes[at])) }
        }
        return found
    }
}
