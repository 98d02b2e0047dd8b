-- 0001: the archive's tables. Every fact hangs off its document with ON DELETE CASCADE, so
-- `DELETE FROM documents WHERE id = ?` removes everything that document brought.

-- One row per archived report: the bytes' identity, what the text stage found, and both texts.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,                 -- ingest order
    sha256          TEXT NOT NULL UNIQUE,                -- hex digest of the original bytes; same bytes are archived once
    source          TEXT NOT NULL,                       -- path as given to `ingest` ("-" for standard input)
    title           TEXT,                                -- headline (simplified), from <title> or the first lines
    published       TEXT,                                -- publication date as ISO YYYY-MM-DD, when the page states it
    publisher       TEXT,                                -- issuing body from a 来源/source line, when stated
    encoding        TEXT NOT NULL,                       -- encoding the bytes were decoded from (UTF-8, GB18030, Big5, UTF-16LE …)
    script          TEXT NOT NULL CHECK (script IN ('hans', 'hant', 'mixed')), -- script of the original text
    repairs         TEXT NOT NULL DEFAULT '[]',          -- JSON array of repair names in the order applied
    original_text   TEXT NOT NULL,                       -- the text as decoded, before any repair
    normalized_text TEXT NOT NULL,                       -- repaired, simplified, width-folded text that extraction read
    offset_map      BLOB,                                -- normalized → original character offsets (see NormalizedText)
    ingested_at     TEXT NOT NULL                        -- UTC time of the ingest, ISO 8601
);

-- Reporters, writers and proof-readers named in a byline; never meeting participants.
CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,                        -- order in the byline, from 0
    name        TEXT NOT NULL,                           -- as written, simplified
    UNIQUE (document_id, position)
);
CREATE INDEX authors_by_name ON authors(name);

-- The administrative divisions of the gazetteer (data/cn-divisions.tsv), loaded when the archive is created.
CREATE TABLE regions (
    code        TEXT PRIMARY KEY,                        -- 6-digit GB/T 2260 code
    name        TEXT NOT NULL,                           -- official full name, e.g. 渌口区
    level       TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    parent_code TEXT REFERENCES regions(code)            -- immediate superior; NULL for provinces
) WITHOUT ROWID;
CREATE INDEX regions_by_name ON regions(name);
CREATE INDEX regions_by_parent ON regions(parent_code);

-- The meeting a report is about: exactly one per document (its fields may be unknown).
CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    title       TEXT,                                    -- the meeting's name as the report gives it
    date        TEXT,                                    -- YYYY-MM-DD, or --MM-DD when the year cannot be established
    region_code TEXT REFERENCES regions(code),           -- host body's division; NULL when it is no division or unknown
    region_name TEXT,                                    -- host as named (kept for hosts that are no division)
    kind        TEXT                                     -- quarterly-review, annual-conference, standing-committee …
);
CREATE INDEX meetings_by_region ON meetings(region_code);
CREATE INDEX meetings_by_date ON meetings(date);

-- People by name. The same name in two reports is one row: researchers follow names, and the
-- archive does not claim more identity than that.
CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE                            -- simplified
);

-- Who took part in which meeting, as what, doing what.
CREATE TABLE participations (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    position    INTEGER NOT NULL,                        -- order of first mention in the report, from 0
    titles      TEXT NOT NULL DEFAULT '[]',              -- JSON array of offices as written, e.g. ["市委副书记","市长"]
    roles       TEXT NOT NULL DEFAULT '[]',              -- JSON array from 主持 讲话 点评 部署 指导 发言 通报 出席
    evidence    TEXT,                                    -- sentence of the first mention
    start_offset INTEGER,                                -- character offsets of that sentence in documents.normalized_text
    end_offset  INTEGER,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX participations_by_person ON participations(person_id);
CREATE INDEX participations_by_document ON participations(document_id);

-- A person row with no participation left (its documents deleted) is removed with the last one.
CREATE TRIGGER people_cleanup AFTER DELETE ON participations
WHEN NOT EXISTS (SELECT 1 FROM participations WHERE person_id = OLD.person_id)
BEGIN
    DELETE FROM people WHERE id = OLD.person_id;
END;

-- The indicator vocabulary (data/indicators.tsv).
CREATE TABLE indicators (
    code        TEXT PRIMARY KEY,                        -- GDP, IVA, FAI …
    name        TEXT NOT NULL,                           -- standard Chinese name
    usual_units TEXT NOT NULL DEFAULT ''                 -- '|'-separated units the indicator is usually given in
) WITHOUT ROWID;

-- Surface names that mean an indicator. Users may add their own rows; ingest reads them.
CREATE TABLE indicator_aliases (
    alias TEXT PRIMARY KEY,                              -- e.g. 固投
    code  TEXT NOT NULL REFERENCES indicators(code) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX indicator_aliases_by_code ON indicator_aliases(code);

-- Every stated value of an indicator, with the sentence it came from.
CREATE TABLE indicator_values (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    region_code    TEXT REFERENCES regions(code),        -- region the value is for (usually the host)
    region_name    TEXT,
    indicator_code TEXT REFERENCES indicators(code),     -- NULL for values outside the vocabulary
    name           TEXT NOT NULL,                        -- the indicator as written, e.g. 规工
    kind           TEXT NOT NULL CHECK (kind IN ('actual', 'target')),
    measure        TEXT NOT NULL CHECK (measure IN ('growth', 'level', 'rate', 'pp')),
    value          REAL NOT NULL,
    unit           TEXT NOT NULL,                        -- %, 亿元, 万美元 …
    comparator     TEXT NOT NULL CHECK (comparator IN ('=', '>=', '<=', '~')),
    period         TEXT,                                 -- 2023, 2023Q1, 2023H1, 2023-01..05, or NULL
    evidence       TEXT NOT NULL,                        -- the sentence of the normalized text
    start_offset   INTEGER NOT NULL,                     -- its character offsets in documents.normalized_text
    end_offset     INTEGER NOT NULL
);
-- `indicator=GDP kind=target region=湖南` seeks straight to its rows instead of reading every GDP target.
CREATE INDEX indicator_values_by_indicator_region ON indicator_values(indicator_code, kind, region_code);
CREATE INDEX indicator_values_by_region ON indicator_values(region_code);
CREATE INDEX indicator_values_by_meeting ON indicator_values(meeting_id);
CREATE INDEX indicator_values_by_document ON indicator_values(document_id);

-- The slogan-goal vocabulary (data/goals.tsv): 双过半, 开门红 …
CREATE TABLE goals (
    phrase   TEXT PRIMARY KEY,
    variants TEXT NOT NULL DEFAULT '',                   -- '|'-separated surface forms that mean the phrase
    meaning  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Each time a report states a goal, as a goal to reach or as achieved.
CREATE TABLE goal_mentions (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    phrase       TEXT NOT NULL REFERENCES goals(phrase),
    surface      TEXT NOT NULL,                          -- the variant as written
    stance       TEXT NOT NULL CHECK (stance IN ('goal', 'achieved')),
    evidence     TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL
);
CREATE INDEX goal_mentions_by_phrase ON goal_mentions(phrase, stance);
CREATE INDEX goal_mentions_by_meeting ON goal_mentions(meeting_id);
CREATE INDEX goal_mentions_by_document ON goal_mentions(document_id);

-- Full-text index over titles and normalized texts. The trigram tokenizer finds any substring of
-- three or more characters, which suits Chinese (the default tokenizer would make a whole clause
-- one token). One- and two-character words go through instr() on documents instead (see Search).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, normalized_text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'trigram'
);

-- Keep the external-content index in step with documents.
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
