import ArchiveStore

/// Resolves a filter's names against the archive: regions to the codes they contain, indicator
/// aliases to codes, goal variants to phrases. An unknown name is a `FilterError` pointing at it,
/// with the nearest known name as a suggestion.
public final class FilterResolver {
    let connection: Connection
    let source: String
    private var regionIndex: RegionIndex?

    public init(connection: Connection, source: String) {
        self.connection = connection
        self.source = source
    }

    public func regions() throws -> RegionIndex {
        if let regionIndex { return regionIndex }
        let index = try RegionIndex(connection: connection)
        regionIndex = index
        return index
    }

    func error(_ message: String, _ value: FilterValue) -> FilterError {
        FilterError(message, source: source, range: value.range)
    }

    /// What indicator terms select: vocabulary codes, and written names for values outside it.
    public struct IndicatorSelection: Equatable { public var codes: [String]; public var names: [String] }

    public func indicator(_ value: FilterValue) throws -> IndicatorSelection {
        let text = value.text
        if let code = try connection.scalar("SELECT code FROM indicator_aliases WHERE alias = ?", [text]).stringValue {
            return IndicatorSelection(codes: [code], names: [])
        }
        if let code = try connection.scalar("SELECT code FROM indicators WHERE code = upper(?)", [text]).stringValue {
            return IndicatorSelection(codes: [code], names: [])
        }
        // A value archived outside the vocabulary (税收收入 …) is found by the name it was written with.
        if try !connection.rows("SELECT 1 FROM indicator_values WHERE name = ? LIMIT 1", [text]).isEmpty {
            return IndicatorSelection(codes: [], names: [text])
        }
        let aliases = try connection.rows("SELECT alias, code FROM indicator_aliases")
        var codeOf: [String: String] = [:]
        for row in aliases { if let alias = row.string("alias"), let code = row.string("code") { codeOf[alias] = code } }
        if let nearest = Suggestion.nearest(to: text, in: Array(codeOf.keys)) {
            let code = codeOf[nearest] ?? nearest
            let hint = code == nearest ? "'\(nearest)'" : "'\(nearest)' (\(code))"
            throw error("no indicator '\(text)' — did you mean \(hint)?", value)
        }
        let codes = try connection.rows("SELECT code FROM indicators ORDER BY code").compactMap { $0.string("code") }
        throw error("no indicator '\(text)'; known indicators: \(codes.joined(separator: ", ")) (or any alias: archivectl sql \"SELECT * FROM indicator_aliases\")", value)
    }

    /// The goal phrase a word or variant stands for.
    public func goal(_ value: FilterValue) throws -> String {
        var phraseOf: [String: String] = [:]
        for row in try connection.rows("SELECT phrase, variants FROM goals") {
            guard let phrase = row.string("phrase") else { continue }
            phraseOf[phrase] = phrase
            for variant in (row.string("variants") ?? "").split(separator: "|") where phraseOf[String(variant)] == nil {
                phraseOf[String(variant)] = phrase
            }
        }
        if let phrase = phraseOf[value.text] { return phrase }
        let phrases = Set(phraseOf.values).sorted()
        let hint = Suggestion.nearest(to: value.text, in: Array(phraseOf.keys)).map { " — did you mean '\(phraseOf[$0] ?? $0)'?" }
            ?? "; goals are " + phrases.joined(separator: ", ")
        throw error("no goal '\(value.text)'\(hint)", value)
    }

    /// What region and level terms select together: division codes, and host names that are no
    /// division (a development zone) matched as written.
    public struct RegionSelection: Equatable {
        public var codes: Set<String>
        public var names: Set<String>
    }

    /// Combines every region and level term: the intersection of the positive ones, minus the
    /// negated ones. nil when the filter has no such term.
    public func regionSelection(_ filter: Filter) throws -> RegionSelection? {
        let terms = filter.terms.filter { $0.key == .region || $0.key == .level }
        guard !terms.isEmpty else { return nil }
        let index = try regions()
        var included: Set<String>? = nil
        var names: Set<String>? = nil
        var excluded: Set<String> = []
        for term in terms {
            var codes: Set<String> = []
            var termNames: Set<String> = []
            for value in term.values {
                if term.key == .level {
                    codes.formUnion(index.codes(atLevel: value.text.lowercased()))
                    continue
                }
                let named = index.codes(named: value.text)
                if named.isEmpty {
                    if try !connection.rows("SELECT 1 FROM meetings WHERE region_name = ? LIMIT 1", [value.text]).isEmpty {
                        termNames.insert(value.text)
                        continue
                    }
                    let hint = Suggestion.nearest(to: value.text, in: index.allNames).map { " — did you mean '\($0)'?" }
                        ?? " (give a name such as 湖南省 or 岳阳, or a six-digit code such as 430600)"
                    throw error("no region '\(value.text)'\(hint)", value)
                }
                for code in named { codes.formUnion(index.subtree(code)) }
            }
            if term.op == .notEqual {
                excluded.formUnion(codes)
            } else {
                included = included.map { $0.intersection(codes) } ?? codes
                // A level term keeps named non-divisions out: they have no level.
                names = term.key == .level ? [] : (names.map { $0.intersection(termNames) } ?? termNames)
            }
        }
        let codes = (included ?? Set(index.allCodes)).subtracting(excluded)
        return RegionSelection(codes: codes, names: names ?? [])
    }
}
