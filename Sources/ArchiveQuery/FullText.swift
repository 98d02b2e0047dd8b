import ArchiveStore
import ArchiveText

/// How a word is looked up in the archive's text. The trigram index (documents_fts) records which
/// documents hold each three-character sequence, not where (detail=none, Migrations/0004): a word
/// of three characters is one trigram and the index answers it exactly; a longer word is the
/// documents holding all of its trigrams, checked against the text. Shorter words are below a
/// trigram and are found with instr().
enum FullText {
    /// Whether the trigram index can find the word (three or more characters, counted as the
    /// trigram tokenizer counts them: Unicode scalars).
    static func indexed(_ word: String) -> Bool { word.unicodeScalars.count >= 3 }

    /// Whether the index's candidates must be checked against the text (more than one trigram).
    static func needsCheck(_ word: String) -> Bool { word.unicodeScalars.count > 3 }

    /// FTS5 query for the documents holding the word's trigrams: every third one and the last,
    /// which together cover the word. Each is a quoted string (inner quotes doubled), so nothing in
    /// the word is FTS5 syntax.
    static func query(_ word: String) -> String {
        let scalars = [Unicode.Scalar](scalarsOf: word)
        guard scalars.count > 3 else { return quoted(word) }
        var starts = Array(stride(from: 0, to: scalars.count - 2, by: 3))
        if starts.last != scalars.count - 3 { starts.append(scalars.count - 3) }
        return starts.map { quoted(String(scalars: scalars[$0..<$0 + 3])) }
            .joined(separator: " AND ")
    }

    /// Condition that documents row `alias` holds the word in its text or title, with its bound
    /// values. LIKE folds ASCII case as the trigram tokenizer does, so the check keeps what the
    /// index finds.
    static func check(_ word: String, in alias: String) -> (sql: String, values: [DatabaseValue]) {
        let pattern = DatabaseValue.text("%" + escapedForLike(word) + "%")
        return ("(\(alias).normalized_text LIKE ? ESCAPE '\\' OR coalesce(\(alias).title, '') LIKE ? ESCAPE '\\')",
                [pattern, pattern])
    }

    /// Condition that documents row `alias` holds a word too short for the index, with its values.
    static func scan(_ word: String, in alias: String) -> (sql: String, values: [DatabaseValue]) {
        ("(instr(\(alias).normalized_text, ?) > 0 OR instr(coalesce(\(alias).title, ''), ?) > 0)",
         [.text(word), .text(word)])
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    static func escapedForLike(_ word: String) -> String {
        var out = ""
        for character in word {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
