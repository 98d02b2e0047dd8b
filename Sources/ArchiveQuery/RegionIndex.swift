import ArchiveStore

/// The gazetteer in memory for resolving what users type: a code, an official name (岳阳市), or a
/// short name (岳阳, 湖南, 渌口, 广西), and for walking down to everything a region contains.
public struct RegionIndex: Sendable {
    public struct Region: Sendable {
        public let code: String
        public let name: String
        public let level: String
        public let parentCode: String?
    }

    public private(set) var byCode: [String: Region] = [:]
    private var byName: [String: [String]] = [:]
    private var byShortName: [String: [String]] = [:]
    private var children: [String: [String]] = [:]


    public init(connection: Connection) throws {
        self.init(regions: try connection.rows("SELECT code, name, level, parent_code FROM regions").map {
            Region(code: $0.string("code") ?? "", name: $0.string("name") ?? "", level: $0.string("level") ?? "",
                   parentCode: $0.string("parent_code"))
        })
    }

    public init(regions: [Region]) {
        byCode.reserveCapacity(regions.count)
        byName.reserveCapacity(regions.count)
        byShortName.reserveCapacity(regions.count)
        for region in regions {
            byCode[region.code] = region
            byName[region.name, default: []].append(region.code)
            for short in Self.shortNames(of: region.name) where short != region.name {
                byShortName[short, default: []].append(region.code)
            }
            if let parent = region.parentCode { children[parent, default: []].append(region.code) }
        }
    }

    /// 岳阳市 → 岳阳; 湘西土家族苗族自治州 → 湘西土家族苗族 and 湘西; 内蒙古自治区 → 内蒙古.
    static func shortNames(of name: String) -> [String] {
        // On scalars: every command that names a region builds this for the whole gazetteer, and
        // String's Character-wise hasSuffix made that a quarter of a query's time.
        let scalars = Array(name.unicodeScalars)
        for (suffix, autonomous) in suffixScalars
        where scalars.count - suffix.count >= 2 && scalars[(scalars.count - suffix.count)...].elementsEqual(suffix) {
            let base = String(scalars: scalars[..<(scalars.count - suffix.count)])
            // Autonomous divisions are called by their first two characters (广西, 宁夏, 恩施, 延边).
            return autonomous ? [base, String(scalars: scalars[..<2])] : [base]
        }
        return []
    }

    /// Suffixes a short name drops, longest first, each with whether its division is also called by
    /// its first two characters. A short name keeps at least two characters.
    private static let suffixScalars = RegionWord.table.entries(.divisionSuffix).map {
        (Array($0.word.unicodeScalars), $0.value == "autonomous")
    }

    /// The codes a user's word names: exactly a code or an official name (all regions so named),
    /// else a short name (only the highest-level regions so called: 岳阳 is 岳阳市, not 岳阳县).
    public func codes(named text: String) -> [String] {
        if byCode[text] != nil { return [text] }
        if let codes = byName[text] { return codes }
        var candidates = byShortName[text] ?? []
        if candidates.isEmpty {
            for short in Self.shortNames(of: text) { candidates += byShortName[short] ?? byName[short] ?? [] }
        }
        let rank = ["province": 0, "prefecture": 1, "county": 2]
        let best = candidates.compactMap { byCode[$0].flatMap { rank[$0.level] } }.min()
        return candidates.filter { byCode[$0].flatMap { rank[$0.level] } == best }
    }

    /// The region and everything below it.
    public func subtree(_ code: String) -> [String] {
        var result = [code]
        var index = 0
        while index < result.count {
            result += children[result[index]] ?? []
            index += 1
        }
        return result
    }

    public func codes(atLevel level: String) -> [String] {
        byCode.values.filter { $0.level == level }.map(\.code)
    }

    public var allCodes: [String] { Array(byCode.keys) }

    /// Names and short names, for did-you-mean.
    public var allNames: [String] { Array(byName.keys) + Array(byShortName.keys) }

    public func parent(of code: String) -> String? { byCode[code]?.parentCode }
}
