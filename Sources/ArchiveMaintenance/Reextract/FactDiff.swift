import ArchiveExtract
import ArchiveIngest
import ArchiveModel
import ArchiveQuery
import ArchiveResources
import ArchiveStore
import ArchiveText
import ArchiveThreads
/// What a new extraction changes in one document's facts, per kind of fact. A fact is the same
/// fact in both when its identity (kind, indicator or phrase or name, evidence span) is; it
/// changed when any other field differs.
public struct FactDiff: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var added = 0
        public var removed = 0
        public var changed = 0
        public var isEmpty: Bool { added == 0 && removed == 0 && changed == 0 }

        static func += (a: inout Counts, b: Counts) {
            a.added += b.added
            a.removed += b.removed
            a.changed += b.changed
        }
    }

    /// The kinds, in the order they are printed.
    public static let kinds = ["document", "meeting", "participant", "indicator", "goal"]

    public var counts: [String: Counts] = [:]

    public init() {}

    public var isEmpty: Bool { counts.values.allSatisfy(\.isEmpty) }

    public static func += (a: inout FactDiff, b: FactDiff) {
        for (kind, counts) in b.counts { a.counts[kind, default: Counts()] += counts }
    }

    /// The difference from `old` (as archived) to `new` (as extracted now).
    public init(old: Report, new: Report) {
        let (o, n) = (old.document, new.document)
        if o.title != n.title || o.published != n.published || o.publisher != n.publisher || o.authors != n.authors {
            counts["document"] = Counts(changed: 1)
        }
        if old.meeting != new.meeting { counts["meeting"] = Counts(changed: 1) }
        counts["participant"] = Self.compare(old.people, new.people) { $0.name }
        counts["indicator"] = Self.compare(old.indicators, new.indicators) {
            "\($0.indicator ?? $0.name)\u{0}\($0.kind)\u{0}\($0.measure)\u{0}\($0.evidence.start)\u{0}\($0.evidence.end)"
        }
        counts["goal"] = Self.compare(old.goals, new.goals) {
            "\($0.phrase)\u{0}\($0.evidence.start)\u{0}\($0.evidence.end)"
        }
        counts = counts.filter { !$0.value.isEmpty }
    }

    /// Facts paired by identity in order; the unpaired are added or removed.
    static func compare<Fact: Equatable>(_ old: [Fact], _ new: [Fact], identity: (Fact) -> String) -> Counts {
        if old == new { return Counts() }
        var remaining: [String: [Fact]] = [:]
        for fact in old { remaining[identity(fact), default: []].append(fact) }
        var counts = Counts()
        for fact in new {
            let key = identity(fact)
            if var candidates = remaining[key], !candidates.isEmpty {
                let match = candidates.firstIndex(of: fact) ?? 0
                if candidates[match] != fact { counts.changed += 1 }
                candidates.remove(at: match)
                remaining[key] = candidates
            } else {
                counts.added += 1
            }
        }
        counts.removed = remaining.values.reduce(0) { $0 + $1.count }
        return counts
    }
}
