/// Roles as bits in the order of the closed list (data/meeting-lexicon.tsv `role-name`): each
/// mention unions and tests them, which Set<String> did by hashing the role names every time.
struct RoleSet: Sendable, Equatable {
    private(set) var bits: UInt64 = 0

    static let none = RoleSet()

    init() {}
    init(index: Int) { bits = index < 64 ? 1 << UInt64(index) : 0 }

    /// The roles of these names in the closed list `order`; a name outside it has no bit.
    init(_ names: [String], in order: [String]) {
        for name in names { if let index = order.firstIndex(of: name) { formUnion(RoleSet(index: index)) } }
    }

    var isEmpty: Bool { bits == 0 }
    func contains(index: Int) -> Bool { index < 64 && bits & (1 << UInt64(index)) != 0 }
    func union(_ other: RoleSet) -> RoleSet { var r = self; r.bits |= other.bits; return r }
    func intersection(_ other: RoleSet) -> RoleSet { var r = self; r.bits &= other.bits; return r }
    func isDisjoint(with other: RoleSet) -> Bool { bits & other.bits == 0 }
    mutating func formUnion(_ other: RoleSet) { bits |= other.bits }
}
