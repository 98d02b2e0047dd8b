import ArchiveStore
import ArchiveText

/// How a word is looked up in the archive's text. The trigram index (documents_fts) records where
/// each three-character sequence is (detail=full, Migrations/0008): a word of three or more
/// characters is a phrase of its trigrams, which the index answers exactly. Shorter words are below
/// a trigram and are found with instr().
enum FullText {
    /// Whether the trigram index can find the word (three or more characters, counted as the
    /// trigram tokenizer counts them: Unicode scalars).
    static func indexed(_ word: String) -> Bool { word.unicodeScalars.count >= 3 }

    /// FTS5 query for the documents holding the word: one quoted phrase (inner quotes doubled), so
    /// nothing in the word is FTS5 syntax.
    static func query(_ word: String) -> String { quoted(word) }

    /// Condition that documents row `alias` holds a word too short for the index, with its values.
    static func scan(_ word: String, in alias: String) -> (sql: String, values: [DatabaseValue]) {
        ("(instr(\(alias).normalized_text, ?) > 0 OR instr(coalesce(\(alias).title, ''), ?) > 0)",
         [.text(word), .text(word)])
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
