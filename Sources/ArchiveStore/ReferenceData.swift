import ArchiveResources

/// Loads the gazetteer and the vocabularies into a new archive.
enum ReferenceData {
    static func load(into connection: Connection) throws {
        let regions = TSV.records(EmbeddedResources.data("cn-divisions.tsv"))
        // Parents before children: the file is sorted by code, and a parent's code is always smaller.
        let insertRegion = try connection.cached(
            "INSERT OR REPLACE INTO regions(code, name, level, parent_code) VALUES (?, ?, ?, ?)")
        for row in regions {
            let parent = row["parent_code"].flatMap { $0.isEmpty ? nil : $0 }
            try insertRegion.execute([row["code"], row["name"], row["level"], parent])
        }

        let insertIndicator = try connection.cached(
            "INSERT OR IGNORE INTO indicators(code, name, usual_units) VALUES (?, ?, ?)")
        let insertAlias = try connection.cached(
            "INSERT OR IGNORE INTO indicator_aliases(alias, code) VALUES (?, ?)")
        for row in TSV.records(EmbeddedResources.data("indicators.tsv")) {
            guard let code = row["code"], !code.isEmpty else { continue }
            try insertIndicator.execute([code, row["name"] ?? code, row["usual_units"] ?? ""])
            try insertAlias.execute([code, code])
            for alias in (row["aliases"] ?? "").split(separator: "|") {
                try insertAlias.execute([String(alias), code])
            }
        }

        let insertGoal = try connection.cached(
            "INSERT OR IGNORE INTO goals(phrase, variants, meaning) VALUES (?, ?, ?)")
        for row in TSV.records(EmbeddedResources.data("goals.tsv")) {
            guard let phrase = row["phrase"], !phrase.isEmpty else { continue }
            try insertGoal.execute([phrase, row["variants"] ?? "", row["meaning"] ?? ""])
        }
    }
}
