import ArchiveText
import FoundationEssentials

/// Reads the filter language: space-separated `key op value` terms, all of which must hold.
///
///     indicator=GDP,FAI kind=target value>=8 region=湖南 title="市委书记" date>=2023-01-01
///
/// Operators: = (any of comma-separated values), != (none of them), > >= < <= (value, year,
/// date, meeting). Values may be quoted with "…" '…' “…” or 「…」 to hold spaces or commas.
/// Checks what it can without the archive (keys, operators, closed vocabularies, number and
/// date syntax); names are resolved against the archive by `FilterResolver`.
public enum FilterParser {
    /// Limits that keep every filter answerable: SQLite refuses an expression deeper than 1000
    /// (each term and each listed value adds a level) and more than 32766 bound values.
    public static let maxLength = 10_000
    public static let maxTerms = 200
    public static let maxValuesPerTerm = 200
    public static let maxValues = 1_000

    public static func parse(_ source: String) throws -> Filter {
        let characters = Array(source)
        guard characters.count <= maxLength else {
            throw FilterError("the filter is \(characters.count) characters long; at most \(maxLength) are read",
                              source: source, range: maxLength..<characters.count)
        }
        // A NUL ends the text SQLite's full-text parser reads ("unterminated string"), and an ESC
        // or the like has no business in a name: refuse them all where they are.
        if let at = characters.firstIndex(where: { $0.unicodeScalars.contains(where: isControl) }) {
            let scalar = characters[at].unicodeScalars.first(where: isControl)!
            let hex = String(scalar.value, radix: 16, uppercase: true)
            throw FilterError("the filter holds a control character (U+\(String(repeating: "0", count: 4 - hex.count) + hex)); remove it",
                              source: source, range: at..<at + 1)
        }
        var scanner = Scanner(characters: characters, source: source)
        var terms: [FilterTerm] = []
        while true {
            scanner.skipSpaces()
            guard !scanner.atEnd else { break }
            let term = try scanner.term()
            guard terms.count < maxTerms else {
                throw FilterError("a filter holds at most \(maxTerms) terms", source: source, range: term.range)
            }
            guard term.values.count <= maxValuesPerTerm else {
                throw FilterError("a term lists at most \(maxValuesPerTerm) values; this one lists \(term.values.count)",
                                  source: source, range: term.range)
            }
            terms.append(term)
        }
        let values = terms.reduce(0) { $0 + $1.values.count }
        guard values <= maxValues else {
            throw FilterError("a filter lists at most \(maxValues) values in all; this one lists \(values)",
                              source: source, range: 0..<characters.count)
        }
        for term in terms { try validate(term, source: source) }
        return Filter(source: source, terms: terms)
    }

    /// C0 and C1 control characters and DEL; tab and line feed separate terms like spaces.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    /// A filter from command-line arguments. The shell has already removed the quotes of
    /// `title="市委 书记"`; an argument that is one term with spaces in its value (no other
    /// token has an operator) gets them back, so `query title="市委 书记" role=主持` works as typed.
    public static func source(fromArguments arguments: [String]) -> String {
        arguments.map { argument -> String in
            let tokens = argument.split(whereSeparator: Scanner.isSpace)
            guard tokens.count > 1, !argument.contains(where: { quotePairs[$0] != nil }),
                  tokens.dropFirst().allSatisfy({ !$0.contains(where: Scanner.isOperator) }),
                  let first = tokens.first, let opStart = first.firstIndex(where: Scanner.isOperator),
                  opStart != first.startIndex
            else { return argument }
            // The tokens are slices of the argument, so their indices are the argument's.
            let valueStart = first[opStart...].firstIndex { !Scanner.isOperator($0) } ?? first.endIndex
            let value = argument[valueStart...].trimmingSpacesAndTabs()
            return argument[..<valueStart].trimmingSpacesAndTabs() + "\"" + value + "\""
        }.joined(separator: " ")
    }

    static let quotePairs: [Character: Character] = ["\"": "\"", "'": "'", "“": "”", "‘": "’", "「": "」"]

    struct Scanner {
        let characters: [Character]
        let source: String
        var index = 0

        var atEnd: Bool { index >= characters.count }
        var current: Character? { atEnd ? nil : characters[index] }

        static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\n" }
        static func isOperator(_ c: Character) -> Bool { c == "=" || c == "!" || c == "<" || c == ">" }

        mutating func skipSpaces() {
            while let c = current, Self.isSpace(c) { index += 1 }
        }

        func error(_ message: String, _ range: Range<Int>) -> FilterError {
            FilterError(message, source: source, range: range)
        }

        mutating func term() throws -> FilterTerm {
            let start = index
            while let c = current, !Self.isSpace(c), !Self.isOperator(c) { index += 1 }
            let keyRange = start..<index
            let keyText = String(characters[keyRange])
            guard let c = current, Self.isOperator(c) else {
                let hint = keyText.isEmpty ? "" : "; to search the text write text=\(keyText)"
                throw error("'\(keyText)' is not a key=value term\(hint)", keyRange)
            }
            guard !keyText.isEmpty else { throw error("a term needs a key before '\(c)', e.g. region=湖南", index..<index + 1) }
            let op = try operatorToken()
            guard let key = FilterKey(rawValue: keyText.lowercased()) else {
                let known = FilterKey.allCases.map(\.rawValue)
                let hint = Suggestion.nearest(to: keyText, in: known).map { " — did you mean '\($0)'?" }
                    ?? " — keys are " + known.joined(separator: ", ")
                throw error("unknown key '\(keyText)'\(hint)", keyRange)
            }
            var values: [FilterValue] = []
            repeat {
                if current == "," { index += 1 }
                values.append(try value(after: keyText, termStart: start))
            } while current == ","
            return FilterTerm(key: key, op: op, values: values, range: start..<index, keyRange: keyRange)
        }

        mutating func operatorToken() throws -> FilterOperator {
            let start = index
            var text = ""
            while let c = current, Self.isOperator(c), text.count < 2 { text.append(c); index += 1 }
            if text == "==" { return .equal }
            if let op = FilterOperator(rawValue: text) { return op }
            // "=>" or "=<" and the like: say which operators exist.
            throw error("unknown operator '\(text)'; use =, !=, >, >=, < or <=", start..<index)
        }

        mutating func value(after key: String, termStart: Int) throws -> FilterValue {
            let start = index
            if let open = current, let close = FilterParser.quotePairs[open] {
                index += 1
                var text = ""
                while let c = current, c != close { text.append(c); index += 1 }
                guard current == close else { throw error("unterminated quote: add a closing \(close)", start..<index) }
                index += 1
                // "" would match every row for text and name keys: an empty value is no value.
                guard !text.isEmpty else { throw error("no value after \(key); write e.g. \(key)=…", termStart..<index) }
                if let c = current, !Self.isSpace(c), c != "," {
                    throw error("put a space between terms after a quoted value", index..<index + 1)
                }
                return FilterValue(text: text, range: start..<index)
            }
            while let c = current, !Self.isSpace(c), c != "," { index += 1 }
            guard index > start else { throw error("no value after \(key); write e.g. \(key)=…", termStart..<max(index, start + 1)) }
            return FilterValue(text: String(characters[start..<index]), range: start..<index)
        }
    }

    static func validate(_ term: FilterTerm, source: String) throws {
        func fail(_ message: String, _ range: Range<Int>) -> FilterError { FilterError(message, source: source, range: range) }
        if term.op.isOrdering {
            guard term.key.isOrdered else {
                throw fail("\(term.key.rawValue) takes = or !=, not \(term.op.rawValue) (only value, year, date and meeting are ordered)", term.range)
            }
            guard term.values.count == 1 else { throw fail("\(term.op.rawValue) takes one value, not a list", term.range) }
        }
        for value in term.values {
            let text = value.text
            switch term.key {
            case .value:
                guard Double(text) != nil else { throw fail("value needs a number, e.g. value>=8.5; '\(text)' is none", value.range) }
            case .year:
                guard text.count == 4, Int(text) != nil else { throw fail("year needs four digits, e.g. year=2023", value.range) }
            case .meeting:
                guard Int(text) != nil else { throw fail("meeting needs a meeting id (a number), e.g. meeting=12", value.range) }
            case .date:
                guard DatePattern.isValid(text) else {
                    throw fail("date needs YYYY-MM-DD, YYYY-MM or YYYY, e.g. date>=2023-01-01; '\(text)' is none", value.range)
                }
            default:
                if let allowed = term.key.allowedValues, !allowed.contains(text.lowercased()) && !allowed.contains(text) {
                    let hint = Suggestion.nearest(to: text, in: allowed).map { " — did you mean '\($0)'?" }
                        ?? " — choose from " + allowed.joined(separator: ", ")
                    throw fail("no \(term.key.rawValue) '\(text)'\(hint)", value.range)
                }
            }
        }
    }
}

/// Dates in filters: a year, a month or a day, ISO style.
enum DatePattern {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false } }
        return true
    }
}
