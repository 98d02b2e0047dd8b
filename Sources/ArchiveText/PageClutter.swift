import ArchiveMatching
import ArchiveResources

/// Finds the lines of a page that are not the report: navigation, share bars, print and font
/// controls, QR-code prompts, copyright lines. They are marked, not removed, so the text and its
/// offsets stay whole while extraction skips them.
enum PageClutter {
    private static let words = PageWord.table
    private static let shortLine = 16
    /// A line longer than this is a paragraph of the report even if it mentions a marker.
    private static let longestClutter = 80

    // Word tables find any of their words in one pass over a line, where searching for each
    // word in turn passed over it sixty times.
    private static let markerTable = PhraseTable<Bool>(words: words.words(.clutterMarker))
    private static let shortLineMarkerTable = PhraseTable<Bool>(words: words.words(.shortLineMarker))
    private static let keepers = PhraseTable<Bool>(words: words.words(.sourceLabel))

    /// Scalar ranges of `scalars` (the normalized text) that are clutter lines.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            if index > start, index - start <= longestClutter, isClutter(scalars, start..<index) {
                result.append(start..<index)
            }
            start = index + 1
        }
        return result
    }

    private static func isClutter(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let line = scalars[range]
        // A line stating the date or source is kept for what it says, whatever else is on it.
        if keepers.contains(in: scalars, range: range) { return false }
        if markerTable.contains(in: scalars, range: range) { return !statesDate(line) }
        if line.count <= shortLine, shortLineMarkerTable.contains(in: scalars, range: range) { return !statesDate(line) }
        return isNavigationList(line) && !statesDate(line)
    }

    private static func statesDate(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        PageFacts.isoDate(String(scalars: line)) != nil
    }

    /// Plain search over scalars: it keeps Foundation's locale-aware string search out of the
    /// per-document path.
    private static func contains(_ line: ArraySlice<Unicode.Scalar>, _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= line.count else { return false }
        var index = line.startIndex
        let last = line.endIndex - needle.count
        while index <= last {
            if line[index] == first, line[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    private static let breadcrumbMarks = words.scalars(.breadcrumbMark)
    private static let sentenceMarks = words.scalars(.sentenceMark)
    /// Between a menu's items: a separator mark or a space, ideographic space or tab.
    private static let itemSeparators = words.scalars(.menuSeparator) + [" ", "\u{3000}", "\t"]
    private static let homePage = words.words(.homePage).map { Array($0.unicodeScalars) }

    /// A breadcrumb (`首页 > 新闻 > 正文`) or a menu: several short items and no sentence.
    private static func isNavigationList(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        if homePage.contains(where: { contains(line, $0) }), line.contains(where: { breadcrumbMarks.contains($0) }) { return true }
        if line.contains(where: { sentenceMarks.contains($0) }) { return false }
        let items = line.split(whereSeparator: { itemSeparators.contains($0) })
        return items.count >= 5 && items.allSatisfy { $0.count <= 6 }
    }
}
