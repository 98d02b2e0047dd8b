/// Whether a clause states the nation's figure (`全国GDP增长5.2%`) rather than the host's. 全省, 全市,
/// 全区 and 全县 in a value's sentence mean the host (spec/export.md), so only 全国 is set apart.
enum RegionScope {
    static let national = FactLexicon.builtIn.word(.national)

    static func isNational(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + national.count <= range.upperBound {
            if QuantityScanner.matches(text, national, at: index) { return true }
            index += 1
        }
        return false
    }
}
