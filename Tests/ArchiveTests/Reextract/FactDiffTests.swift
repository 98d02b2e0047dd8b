import Archive
@testable import ArchiveMaintenance
import Testing

@Suite struct FactDiffTests {
    static func value(_ code: String, _ number: Double, start: Int, kind: String = "target") -> IndicatorValue {
        IndicatorValue(indicator: code, name: code, kind: kind, measure: "growth", value: number, unit: "%",
                       evidence: Evidence(sentence: "s", start: start, end: start + 10))
    }

    @Test func factsArePairedByIdentityAndCountedPerKind() {
        let old = Report(document: DocumentInfo(source: "a", sha256: "00", title: "t"),
                         indicators: [Self.value("GDP", 6, start: 0), Self.value("FAI", 8, start: 0), Self.value("IVA", 5, start: 20)])
        var new = old
        new.indicators = [Self.value("GDP", 6.5, start: 0), Self.value("IVA", 5, start: 20), Self.value("RETAIL", 7, start: 40)]
        new.document.title = "u"
        let diff = FactDiff(old: old, new: new)
        #expect(diff.counts["indicator"] == FactDiff.Counts(added: 1, removed: 1, changed: 1))
        #expect(diff.counts["document"] == FactDiff.Counts(changed: 1))
        #expect(diff.counts["goal"] == nil && diff.counts["meeting"] == nil)
        #expect(FactDiff(old: old, new: old).isEmpty)
    }

    @Test func theRulesVersionFollowsTheAliases() {
        let plain = ArchiveRules(aliases: [:]).version
        #expect(plain.count == 16 && plain == ArchiveRules(aliases: [:]).version)
        #expect(ArchiveRules(aliases: ["生产总值": "GDP"]).version != plain)
        #expect(ArchiveRules(aliases: ["生产总值": "GDP"]).version != ArchiveRules(aliases: ["生产总值": "FAI"]).version)
    }
}
