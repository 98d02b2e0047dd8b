import ArchiveMatching

/// How a value relates to the stated number: `=`, `>=` (突破, 超过, 以上, 不低于), `<=` (以内, 控制在,
/// 低于) or `~` (左右, 约). Words before the number and words after its unit both count.
enum Comparator {
    static let before = PhraseTable<String>([
        ("突破", ">="), ("超过", ">="), ("超", ">="), ("不低于", ">="), ("不少于", ">="), ("高于", ">="),
        ("控制在", "<="), ("低于", "<="), ("不超过", "<="), ("不高于", "<="), ("少于", "<="),
        ("约", "~"), ("大约", "~"), ("约为", "~"),
    ])
    static let after = PhraseTable<String>([
        ("以上", ">="), ("以内", "<="), ("以下", "<="), ("左右", "~"), ("上下", "~"),
    ])

    /// The comparator for a quantity and the index just past any word after it that belongs to it.
    static func of(_ quantity: Quantity, in text: [Unicode.Scalar], from lowerBound: Int) -> (String, Int) {
        var end = quantity.end
        var comparator = quantity.atLeast ? ">=" : "="
        if let hit = before.match(in: text, endingAt: quantity.start, from: lowerBound) { comparator = hit.value }
        if let hit = after.match(in: text, at: end) {
            // 控制在5%以内 and the like agree; a word after the number is the more specific.
            comparator = hit.value
            end = hit.end
        }
        return (comparator, end)
    }
}
