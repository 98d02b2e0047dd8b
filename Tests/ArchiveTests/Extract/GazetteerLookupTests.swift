import Archive
@testable import ArchiveExtract
import Testing

@Suite struct GazetteerLookupTests {
    let lookup = GazetteerLookup(gazetteer: .builtIn)

    @Test func shortNames() {
        for (text, code) in [("天门", "429006"), ("大观", "340803"), ("渌口", "430212"), ("安庆", "340800"), ("广西", "450000")] {
            let m = lookup.mentions(in: text)
            #expect(m.count == 1 && m[0].divisions.map(\.code) == [code], "\(text)")
        }
    }

    @Test func commonWordsAreNoShortNames() {
        #expect(lookup.mentions(in: "发展通道").isEmpty)
        #expect(lookup.mentions(in: "龙川镇人民政府").isEmpty)
    }

    @Test func ambiguousNamesListEveryDivision() {
        #expect(lookup.mentions(in: "鼓楼区").first?.divisions.count == 4)
    }
}
