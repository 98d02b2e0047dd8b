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

-- The views of 0009 again, each with the correction a fact carries (a last column: every
-- column before it is as it was).
DROP VIEW indicator_facts;
DROP VIEW goal_facts;

CREATE VIEW indicator_facts AS
SELECT
    CASE WHEN v.region_code IS NULL AND v.region_name IS NULL THEN COALESCE(rm.name, m.region_name)
         ELSE COALESCE(rv.name, v.region_name) END                    AS region,
    CASE WHEN v.region_code IS NULL AND v.region_name IS NULL THEN m.region_code
         ELSE v.region_code END                                       AS region_code,
    CASE WHEN v.region_code IS NULL AND v.region_name IS NULL THEN rm.level
         ELSE rv.level END                                            AS level,
    m.date          AS date,
    m.title         AS meeting,
    v.indicator_code AS indicator,                                    -- vocabulary code, NULL outside it
    v.name          AS name,                                          -- as written
    v.kind          AS kind,
    v.measure       AS measure,
    v.value         AS value,
    v.unit          AS unit,
    v.comparator    AS comparator,
    v.period        AS period,
    v.evidence      AS evidence,
    (SELECT source FROM documents WHERE id = v.document_id) AS source,
    v.id            AS id,
    v.meeting_id    AS meeting_id,
    v.document_id   AS document_id,
    v.region_code   AS value_region_code,                             -- the value's own region, if it names one
    v.region_name   AS value_region_name,
    m.region_code   AS meeting_region_code,                           -- the host's
    CASE WHEN m.date GLOB '[0-9][0-9][0-9][0-9]-*' THEN CAST(substr(m.date, 1, 4) AS INTEGER) END AS year,   -- the meeting's year; NULL when unknown
    CAST(substr(m.date, -5, 2) AS INTEGER) AS month,                  -- 1–12, NULL when the date is unknown
    CAST(substr(m.date, -2, 2) AS INTEGER) AS day,                    -- 1–31, NULL when the date is unknown
    CASE WHEN v.period GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr(v.period, 1, 4) AS INTEGER) END AS period_year,  -- the year the period lies in
    v.correction_id AS correction                                     -- the correction that set or added it (0011); NULL: the rules'
FROM indicator_values v
JOIN meetings m ON m.id = v.meeting_id
LEFT JOIN regions rv ON rv.code = v.region_code
LEFT JOIN regions rm ON rm.code = m.region_code;

CREATE VIEW goal_facts AS
SELECT
    COALESCE(r.name, m.region_name) AS region,
    m.region_code   AS region_code,
    r.level         AS level,
    m.date          AS date,
    m.title         AS meeting,
    g.phrase        AS phrase,
    g.stance        AS stance,
    g.surface       AS surface,
    g.evidence      AS evidence,
    (SELECT source FROM documents WHERE id = g.document_id) AS source,
    g.id            AS id,
    g.meeting_id    AS meeting_id,
    g.document_id   AS document_id,
    CASE WHEN m.date GLOB '[0-9][0-9][0-9][0-9]-*' THEN CAST(substr(m.date, 1, 4) AS INTEGER) END AS year,   -- the meeting's year; NULL when unknown
    CAST(substr(m.date, -5, 2) AS INTEGER) AS month,                  -- 1–12, NULL when the date is unknown
    CAST(substr(m.date, -2, 2) AS INTEGER) AS day,                     -- 1–31, NULL when the date is unknown
    g.correction_id AS correction                                     -- the correction that set or added it (0011); NULL: the rules'
FROM goal_mentions g
JOIN meetings m ON m.id = g.meeting_id
LEFT JOIN regions r ON r.code = m.region_code;
