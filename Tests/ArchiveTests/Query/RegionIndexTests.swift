import Archive
import Foundation
import Testing

/// What users type for a region, against the real gazetteer.
@Suite struct RegionIndexTests {
    static let index: RegionIndex = {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try! ArchiveDatabase(path: folder.appending(path: "regions.db").path)
        return try! RegionIndex(connection: archive.connection)
    }()

    func names(_ text: String) -> Set<String> {
        Set(Self.index.codes(named: text).compactMap { Self.index.byCode[$0]?.name })
    }

    @Test func officialNamesCodesAndShortNames() {
        #expect(names("岳阳市") == ["岳阳市"])
        #expect(names("430600") == ["岳阳市"])
        #expect(names("湖南") == ["湖南省"])
        #expect(names("渌口") == ["渌口区"])
        #expect(names("内蒙古") == ["内蒙古自治区"])
        #expect(names("广西") == ["广西壮族自治区"])
        #expect(names("恩施") == ["恩施土家族苗族自治州"])   // the prefecture, not 恩施市 below it
        #expect(names("恩施市") == ["恩施市"])
    }

    @Test func anAmbiguousShortNameMeansTheHighestLevel() {
        // 岳阳 is 岳阳市 (which holds 岳阳县); 朝阳 the prefecture 朝阳市, not the districts so named.
        #expect(names("岳阳") == ["岳阳市"])
        #expect(names("朝阳") == ["朝阳市"])
        // A full name that several regions share means all of them.
        #expect(Self.index.codes(named: "朝阳区").count == 2)
        #expect(names("不存在").isEmpty)
    }

    @Test func aSubtreeHoldsEveryLevelBelow() {
        let hunan = Set(Self.index.subtree("430000"))
        #expect(hunan.contains("430600") && hunan.contains("430212") && hunan.contains("430000"))
        #expect(!hunan.contains("340803"))
        #expect(Self.index.subtree("430212") == ["430212"])
        #expect(Self.index.parent(of: "430212") == "430200")
    }
}
