-- 0006: documents.original_text is stored only when it differs from normalized_text. Most reports
-- need no repair, and each stored its text twice: 10,000 generated reports made a 166 MB archive,
-- 35 MB of it second copies. NULL now means "the text needed no repair": the original is
-- normalized_text, byte for byte; read it as COALESCE(original_text, normalized_text).
--
-- SQLite cannot drop a NOT NULL constraint, so the table is made again (the procedure of
-- https://sqlite.org/lang_altertable.html#otheralter). Foreign keys are off while this runs, or
-- dropping the old table would delete every fact with it; the migrator checks them before commit.
-- archivectl: foreign keys off

CREATE TABLE documents_rebuilt (
    id              INTEGER PRIMARY KEY,                 -- ingest order
    sha256          TEXT NOT NULL UNIQUE,                -- hex digest of the original bytes; same bytes are archived once
    source          TEXT NOT NULL,                       -- path as given to `ingest` ("-" for standard input)
    title           TEXT,                                -- headline (simplified), from <title> or the first lines
    published       TEXT,                                -- publication date as ISO YYYY-MM-DD, when the page states it
    publisher       TEXT,                                -- issuing body from a 来源/source line, when stated
    encoding        TEXT NOT NULL,                       -- encoding the bytes were decoded from (UTF-8, GB18030, Big5, UTF-16LE …)
    script          TEXT NOT NULL CHECK (script IN ('hans', 'hant', 'mixed')), -- script of the original text
    repairs         TEXT NOT NULL DEFAULT '[]',          -- JSON array of repair names in the order applied
    original_text   TEXT,                                -- the text as decoded, before any repair; NULL when that is normalized_text
    normalized_text TEXT NOT NULL,                       -- repaired, simplified, width-folded text that extraction read
    offset_map      BLOB,                                -- normalized → original character offsets (see NormalizedText)
    ingested_at     TEXT NOT NULL                        -- UTC time of the ingest, ISO 8601
);

INSERT INTO documents_rebuilt(id, sha256, source, title, published, publisher, encoding, script, repairs,
                              original_text, normalized_text, offset_map, ingested_at)
SELECT id, sha256, source, title, published, publisher, encoding, script, repairs,
       NULLIF(original_text, normalized_text), normalized_text, offset_map, ingested_at
FROM documents;

-- The old table goes with its triggers; the views name `documents` and read the new one. Legacy
-- renaming leaves the views as they are (they name a table that, for this moment, does not exist).
DROP TABLE documents;
PRAGMA legacy_alter_table = ON;
ALTER TABLE documents_rebuilt RENAME TO documents;
PRAGMA legacy_alter_table = OFF;

-- 0001's triggers that keep the full-text index (content = 'documents') in step.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, normalized_text) VALUES (NEW.id, NEW.title, NEW.normalized_text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, normalized_text)
    VALUES ('delete', OLD.id, OLD.title, OLD.normalized_text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, normalized_text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, normalized_text)
    VALUES ('delete', OLD.id, OLD.title, OLD.normalized_text);
    INSERT INTO documents_fts(rowid, title, normalized_text) VALUES (NEW.id, NEW.title, NEW.normalized_text);
END;
