/// What is wrong with a word table: each case names the file and the category.
public enum WordTableError: Error, Equatable, CustomStringConvertible {
    case unknownCategory(file: String, category: String)
    case missingCategory(file: String, category: String)
    case emptyWord(file: String, category: String)

    public var description: String {
        switch self {
        case .unknownCategory(let file, let name): "\(file): unknown category '\(name)'"
        case .missingCategory(let file, let name): "\(file): no words in category '\(name)'"
        case .emptyWord(let file, let name): "\(file): a row of category '\(name)' has no word"
        }
    }
}

/// A data file of (category, word, value) rows whose categories are exactly the cases of
/// `Category`: a category the enum lacks, a case with no row, or a row with no word is an error
/// naming the file and category, so a misspelt list never reads as an empty one.
public struct WordTable<Category: RawRepresentable & CaseIterable & Hashable & Sendable>: Sendable
where Category.RawValue == String {
    public let file: String
    /// Each category's (word, value) rows in file order; every case has at least one.
    private let rows: [Category: [(word: String, value: String)]]

    public init(file: String, tsv: String) throws(WordTableError) {
        var rows: [Category: [(word: String, value: String)]] = [:]
        for record in TSV.records(tsv) {
            let name = record["category"] ?? ""
            guard let category = Category(rawValue: name) else { throw .unknownCategory(file: file, category: name) }
            let word = record["word"] ?? ""
            guard !word.isEmpty else { throw .emptyWord(file: file, category: name) }
            rows[category, default: []].append((word, record["value"] ?? ""))
        }
        if let missing = Category.allCases.first(where: { rows[$0] == nil }) {
            throw .missingCategory(file: file, category: missing.rawValue)
        }
        self.file = file
        self.rows = rows
    }

    /// The embedded data/`name`; a table that does not load stops the program with its error.
    public static func builtIn(_ name: String) -> WordTable {
        do {
            return try WordTable(file: "data/" + name, tsv: EmbeddedResources.data(name))
        } catch {
            preconditionFailure(error.description)
        }
    }

    public func entries(_ category: Category) -> [(word: String, value: String)] { rows[category] ?? [] }

    public func words(_ category: Category) -> [String] { entries(category).map(\.word) }

    /// The category's words, each one scalar.
    public func scalars(_ category: Category) -> [Unicode.Scalar] {
        words(category).map { word in
            let scalars = Array(word.unicodeScalars)
            precondition(scalars.count == 1, "\(file): '\(word)' in '\(category.rawValue)' must be one character")
            return scalars[0]
        }
    }

    /// The category's only word, one scalar.
    public func scalar(_ category: Category) -> Unicode.Scalar {
        let all = scalars(category)
        precondition(all.count == 1, "\(file): category '\(category.rawValue)' must hold one word, not \(all.count)")
        return all[0]
    }
}
