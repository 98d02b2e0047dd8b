-- 0011: corrections, a person's fixes of facts kept as data and applied after every extraction
-- (ingest and reextract), so they survive new rules and a removed and re-ingested file. Made with
-- `archivectl correct`, listed with `archivectl corrections`. Editing fact rows in sqlite3 is not
-- a correction: the next reextract of the document puts the rules' facts back.
CREATE TABLE corrections (
    id              INTEGER PRIMARY KEY,
    document_sha256 TEXT NOT NULL,                       -- documents.sha256 of the report: survives removal and re-ingest
    action          TEXT NOT NULL CHECK (action IN ('set', 'add', 'reject')),
    fact_kind       TEXT NOT NULL CHECK (fact_kind IN ('indicator', 'goal')),
    target          TEXT,                                -- set, reject: the fact's identity, JSON {indicator|phrase, kind, measure, start, end, value}
    field           TEXT,                                -- set: the field given a new value
    value           TEXT,                                -- set: the new value, as text
    fact            TEXT,                                -- add: the fact, JSON as in the export record
    author          TEXT NOT NULL,                       -- who
    reason          TEXT NOT NULL,                       -- why
    created_at      TEXT NOT NULL,                       -- when, UTC ISO 8601
    reverted_at     TEXT,                                -- when it was reverted; NULL while it applies
    status          TEXT CHECK (status IN ('applied', 'vanished'))  -- at the last extraction: applied, or its fact was not found
);
CREATE INDEX corrections_by_document ON corrections(document_sha256);

-- The correction that set a field of the row or added it; NULL for a fact as the rules made it.
ALTER TABLE indicator_values ADD COLUMN correction_id INTEGER;
ALTER TABLE goal_mentions ADD COLUMN correction_id INTEGER;
