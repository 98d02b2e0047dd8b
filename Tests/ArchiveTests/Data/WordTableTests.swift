import Testing
import Archive
@testable import ArchiveExtract
@testable import ArchiveQuery
@testable import ArchiveText

/// The typed word tables of data/: every category of each file is a case of its enum and every
/// case has words, and a table that breaks either rule is an error naming file and category.
@Suite struct WordTableTests {
    enum Sample: String, CaseIterable, Sendable {
        case opener
        case closer
    }

    let header = "category\tword\tvalue\n# a comment\n"

    @Test func aTableWithEveryCategoryReads() throws {
        let table = try WordTable<Sample>(file: "sample.tsv", tsv: header + "opener\t《\t\ncloser\t》\t\ncloser\t”\tx\n")
        #expect(table.words(.opener) == ["《"])
        #expect(table.scalars(.closer) == ["》", "”"])
        #expect(table.entries(.closer).map(\.value) == ["", "x"])
    }

    @Test func aMisspeltCategoryIsAnErrorNamingFileAndCategory() {
        let error = WordTableError.unknownCategory(file: "sample.tsv", category: "closr")
        #expect(throws: error) {
            try WordTable<Sample>(file: "sample.tsv", tsv: self.header + "opener\t《\t\ncloser\t》\t\nclosr\t”\t\n")
        }
        #expect(error.description == "sample.tsv: unknown category 'closr'")
    }

    @Test func aMissingCategoryIsAnError() {
        #expect(throws: WordTableError.missingCategory(file: "sample.tsv", category: "closer")) {
            try WordTable<Sample>(file: "sample.tsv", tsv: self.header + "opener\t《\t\n")
        }
    }

    @Test func aRowWithNoWordIsAnError() {
        #expect(throws: WordTableError.emptyWord(file: "sample.tsv", category: "opener")) {
            try WordTable<Sample>(file: "sample.tsv", tsv: self.header + "opener\t\t\ncloser\t》\t\n")
        }
    }

    /// Loads the embedded file as the program does, but throwing, so a broken file fails here by name.
    func load<Category>(_: Category.Type, _ name: String) throws -> WordTable<Category> {
        try WordTable<Category>(file: "data/" + name, tsv: EmbeddedResources.data(name))
    }

    @Test func theBuiltInTablesHaveEveryCategoryAndNoOther() throws {
        let page = try load(PageWord.self, "page-words.tsv")
        for category in PageWord.allCases { #expect(!page.words(category).isEmpty, "\(category)") }
        let punctuation = try load(Punctuation.self, "punctuation.tsv")
        for category in Punctuation.allCases {
            // Every mark is one scalar: the sets are built from scalars.
            #expect(punctuation.words(category).allSatisfy { $0.unicodeScalars.count == 1 }, "\(category)")
        }
        let regions = try load(RegionWord.self, "region-words.tsv")
        for category in RegionWord.allCases { #expect(!regions.words(category).isEmpty, "\(category)") }
    }

    @Test func theFilterLanguagesRolesAreTheLexiconsRoles() {
        let lexicon = MeetingLexicon.builtIn.list("role-name")
        #expect(!lexicon.isEmpty)
        #expect(FilterKey.role.allowedValues == lexicon)
        #expect(RoleNames.all == lexicon)
    }

    @Test func theTablesAreReadAsTheyWere() {
        // Short names still drop the suffixes, autonomous divisions keep their first two characters.
        #expect(RegionIndex.shortNames(of: "某某自治州") == ["某某", "某某"])
        #expect(RegionIndex.shortNames(of: "某某市") == ["某某"])
        #expect(Sentences.split("一句。二句！").count == 2)
    }
}
