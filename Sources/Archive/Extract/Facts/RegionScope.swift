/// Whether a clause states a value for a wider region than the host: `全国GDP增长5.2%` in a city's
/// report is the nation's figure, not the city's. 全市 in a county-level city's report is the host.
enum RegionScope {
    static let national = Array("全国".unicodeScalars)
    static let province = Array("全省".unicodeScalars)
    static let city = Array("全市".unicodeScalars)

    static func isWider(_ text: [Unicode.Scalar], _ range: Range<Int>, host: RegionRef?) -> Bool {
        if contains(text, national, range) { return true }
        guard let host, let level = host.level else { return false }
        if level != "province", contains(text, province, range) { return true }
        if level == "county", !host.name.hasSuffix("市"), contains(text, city, range) { return true }
        return false
    }

    static func contains(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + word.count <= range.upperBound {
            if QuantityScanner.matches(text, word, at: index) { return true }
            index += 1
        }
        return false
    }
}
