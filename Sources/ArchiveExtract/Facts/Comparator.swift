import ArchiveMatching

/// How a value relates to the stated number: `=`, `>=` (突破, 超过, 以上, 不低于), `<=` (以内, 控制在,
/// 低于) or `~` (左右, 约). Words before the number and words after its unit both count.
enum Comparator {
    static let symbols: Set<String> = [">=", "<=", "~", "="]
    static let before = FactLexicon.builtIn.table(.comparatorBefore) { symbols.contains($0) ? $0 : nil }
    static let after = FactLexicon.builtIn.table(.comparatorAfter) { symbols.contains($0) ? $0 : nil }

    /// The comparator for a quantity and the index just past any word after it that belongs to it.
    static func of(_ quantity: Quantity, in text: [Unicode.Scalar], from lowerBound: Int) -> (String, Int) {
        var end = quantity.end
        var comparator = quantity.atLeast ? ">=" : "="
        if let hit = before.match(in: text, endingAt: quantity.start, from: lowerBound) { comparator = hit.value }
        // 5% 以上: spaces between the unit and the word after it are no boundary.
        if let hit = after.match(in: text, at: QuantityScanner.skipSpaces(text, end) ?? end) {
            // 控制在5%以内 and the like agree; a word after the number is the more specific.
            comparator = hit.value
            end = hit.end
        }
        return (comparator, end)
    }
}
