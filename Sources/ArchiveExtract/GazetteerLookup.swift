import ArchiveResources

/// Finding divisions in running text: full names, short names (岳阳市 → 岳阳, 甘孜藏族自治州 → 甘孜)
/// and old names (株洲县 → 渌口区), with the words that only look like a short name left out.
struct GazetteerLookup: Sendable {
    let gazetteer: Gazetteer
    /// Every full, old and short name of two or more scalars, as a trie: one walk from a position
    /// finds all the names starting there, where a lookup per candidate length would build and
    /// hash a string for each.
    private let names: NameTrie
    private let stops: [Word]

    /// A place named in the text.
    struct Mention: Sendable, Equatable {
        var surface: String
        var start: Int
        var end: Int
        var divisions: [Gazetteer.Division]
        var isShort: Bool
    }

    init(gazetteer: Gazetteer, lexicon: MeetingLexicon = .builtIn, oldNames: String = EmbeddedResources.data("old-region-names.tsv")) {
        self.gazetteer = gazetteer
        var full: [String: [Gazetteer.Division]] = [:]
        var short: [String: [Gazetteer.Division]] = [:]
        let suffixes = lexicon.longestFirst("region-suffix")
        let excluded = lexicon.set("short-name-exclusion")
        let autonomy = lexicon.list("autonomy-marker"), peoples = lexicon.list("people-marker")
        for d in gazetteer.divisions {
            full[d.name, default: []].append(d)
            if let s = Self.shortName(d.name, suffixes: suffixes, autonomy: autonomy, peoples: peoples), !excluded.contains(s) {
                short[s, default: []].append(d)
            }
        }
        for row in TSV.records(oldNames) {
            if let name = row["old_name"], let code = row["code"], let d = gazetteer.division(code: code) {
                full[name, default: []].append(d)
            }
        }
        // A short name that is also some division's full name is read as that full name.
        for name in full.keys { short[name] = nil }
        var names = NameTrie()
        for (name, ds) in full where name.unicodeScalars.count >= 2 { names.insert(name, full: ds) }
        for (name, ds) in short where name.unicodeScalars.count >= 2 { names.insert(name, short: ds) }
        names.freeze()
        self.names = names
        stops = lexicon.longestWords("short-name-stop")
    }

    /// The lookup over the built-in gazetteer, built once.
    static let builtIn = GazetteerLookup(gazetteer: .builtIn)

    /// The built-in lookup when `gazetteer` is the built-in one, else a lookup built for it.
    static func over(_ gazetteer: Gazetteer) -> GazetteerLookup {
        isBuiltIn(gazetteer) ? builtIn : GazetteerLookup(gazetteer: gazetteer)
    }

    static func isBuiltIn(_ gazetteer: Gazetteer) -> Bool {
        let b = Gazetteer.builtIn.divisions
        return gazetteer.divisions.count == b.count && gazetteer.divisions.first == b.first && gazetteer.divisions.last == b.last
    }

    /// 岳阳市 → 岳阳; names of autonomous areas drop the peoples' names too (广西壮族自治区 → 广西).
    static func shortName(_ name: String, suffixes: [String], autonomy: [String], peoples: [String]) -> String? {
        let chars = Array(name)
        if let marker = autonomy.first(where: name.contains), let range = name.firstRange(of: marker) {
            // The place name comes first; the peoples' names between it and the marker are dropped.
            let prefix = String(name[..<range.lowerBound])
            let base = peoples.contains(where: prefix.contains) ? String(prefix.prefix(2)) : prefix
            return base.count >= 2 ? base : nil
        }
        for suffix in suffixes where name.hasSuffix(suffix) && chars.count - suffix.count >= 2 {
            return String(chars.dropLast(suffix.count))
        }
        return nil
    }

    /// Every place named in `text`, left to right, the longest reading at each position.
    func mentions(in text: String) -> [Mention] { mentions(in: ScalarText(text)) }

    func mentions(in t: ScalarText) -> [Mention] {
        var result: [Mention] = []
        var found: [(length: Int, node: Int)] = []
        t.scalars.withUnsafeBufferPointer { scalars in
            var i = 0
            scan: while i < scalars.count {
                // The names starting here, longest last; a full name wins over a short one of its length.
                names.prefixes(of: scalars, from: i, into: &found)
                for (length, index) in found.reversed() {
                    let node = names.node(index)
                    if let ds = node.full {
                        result.append(Mention(surface: t[i..<(i + length)], start: i, end: i + length, divisions: ds, isShort: false))
                        i += length
                        continue scan
                    }
                    if let ds = node.short, !stops.contains(where: { t.hasPrefix($0, at: i + length) }) {
                        result.append(Mention(surface: t[i..<(i + length)], start: i, end: i + length, divisions: ds, isShort: true))
                        i += length
                        continue scan
                    }
                }
                i += 1
            }
        }
        return result
    }

    /// Settles a name shared by several divisions with a parent (or grandparent) named in `context`.
    func settle(_ divisions: [Gazetteer.Division], context: [Mention]) -> Gazetteer.Division? {
        if divisions.count == 1 { return divisions[0] }
        let named = Set(context.flatMap { $0.divisions.count == 1 ? [$0.divisions[0].code] : [] })
        let fits = divisions.filter { d in
            var parent = gazetteer.parent(of: d)
            while let p = parent {
                if named.contains(p.code) { return true }
                parent = gazetteer.parent(of: p)
            }
            return false
        }
        return fits.count == 1 ? fits[0] : nil
    }
}
