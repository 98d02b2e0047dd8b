-- 0009: the views of 0003 again, each with the meeting's date also as numbers a tool can parse:
-- `year`, `month`, `day` (INTEGER; `year` is NULL when the report does not establish it, as for a
-- date stored as --04-21). indicator_facts also has `period_year`, the year its period lies in
-- (2023 for 2023, 2023Q1, 2023-01..09). The columns are added at the end, so what `archivectl query`
-- prints is unchanged. participant_roles and participant_titles hold one role or title per row,
-- for tools that do not read JSON arrays (pandas, R, Stata).

DROP VIEW indicator_facts;
DROP VIEW goal_facts;
DROP VIEW participants;
DROP VIEW meeting_overview;

-- Every indicator value with its region, meeting and date. A value's region is the one the value
-- names; a value that names none belongs to the meeting's host. A condition on the computed
-- region_code could only be answered by reading every value, so the view also shows the two
-- underlying codes (value_region_code, meeting_region_code): a region filter becomes two indexed lookups.
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
    CASE WHEN v.period GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr(v.period, 1, 4) AS INTEGER) END AS period_year  -- the year the period lies in
FROM indicator_values v
JOIN meetings m ON m.id = v.meeting_id
LEFT JOIN regions rv ON rv.code = v.region_code
LEFT JOIN regions rm ON rm.code = m.region_code;

-- Every slogan goal a meeting stated, with the host region.
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
    CAST(substr(m.date, -2, 2) AS INTEGER) AS day                     -- 1–31, NULL when the date is unknown
FROM goal_mentions g
JOIN meetings m ON m.id = g.meeting_id
LEFT JOIN regions r ON r.code = m.region_code;

-- Who took part in which meeting. titles and roles are JSON arrays: read them with json_each, e.g.
--   SELECT person, date FROM participants, json_each(roles) WHERE json_each.value = '主持';
CREATE VIEW participants AS
SELECT
    p.name          AS person,
    x.titles        AS titles,
    x.roles         AS roles,
    COALESCE(r.name, m.region_name) AS region,
    m.date          AS date,
    m.title         AS meeting,
    m.region_code   AS region_code,
    r.level         AS level,
    x.position      AS position,
    x.evidence      AS evidence,
    (SELECT source FROM documents WHERE id = x.document_id) AS source,
    x.id            AS id,
    x.meeting_id    AS meeting_id,
    x.document_id   AS document_id,
    CASE WHEN m.date GLOB '[0-9][0-9][0-9][0-9]-*' THEN CAST(substr(m.date, 1, 4) AS INTEGER) END AS year,   -- the meeting's year; NULL when unknown
    CAST(substr(m.date, -5, 2) AS INTEGER) AS month,                  -- 1–12, NULL when the date is unknown
    CAST(substr(m.date, -2, 2) AS INTEGER) AS day                     -- 1–31, NULL when the date is unknown
FROM participations x
JOIN people p ON p.id = x.person_id
JOIN meetings m ON m.id = x.meeting_id
LEFT JOIN regions r ON r.code = m.region_code;

-- One row per meeting: how many participants and indicator values it has, and its goals.
CREATE VIEW meeting_overview AS
SELECT
    m.id            AS id,
    m.date          AS date,
    COALESCE(r.name, m.region_name) AS region,
    r.level         AS level,
    m.title         AS title,
    m.kind          AS kind,
    (SELECT count(*) FROM participations x WHERE x.meeting_id = m.id)    AS people,
    (SELECT count(*) FROM indicator_values v WHERE v.meeting_id = m.id)  AS indicators,
    (SELECT group_concat(phrase, '、') FROM (SELECT DISTINCT phrase FROM goal_mentions g WHERE g.meeting_id = m.id)) AS goals,
    m.region_code   AS region_code,
    (SELECT title FROM documents WHERE id = m.document_id) AS document_title,
    (SELECT source FROM documents WHERE id = m.document_id) AS source,
    m.id            AS meeting_id,
    m.document_id   AS document_id,
    CASE WHEN m.date GLOB '[0-9][0-9][0-9][0-9]-*' THEN CAST(substr(m.date, 1, 4) AS INTEGER) END AS year,   -- the meeting's year; NULL when unknown
    CAST(substr(m.date, -5, 2) AS INTEGER) AS month,                  -- 1–12, NULL when the date is unknown
    CAST(substr(m.date, -2, 2) AS INTEGER) AS day                     -- 1–31, NULL when the date is unknown
FROM meetings m
LEFT JOIN regions r ON r.code = m.region_code;

-- One row per role a person had at a meeting (participants.roles as rows).
CREATE VIEW participant_roles AS
SELECT
    p.person        AS person,
    r.value         AS role,
    p.region        AS region,
    p.date          AS date,
    p.meeting       AS meeting,
    p.region_code   AS region_code,
    p.level         AS level,
    p.year          AS year,
    p.month         AS month,
    p.day           AS day,
    p.id            AS participation_id,
    p.meeting_id    AS meeting_id,
    p.document_id   AS document_id
FROM participants p, json_each(p.roles) r;

-- One row per title a person was given at a meeting (participants.titles as rows).
CREATE VIEW participant_titles AS
SELECT
    p.person        AS person,
    t.value         AS title,
    p.region        AS region,
    p.date          AS date,
    p.meeting       AS meeting,
    p.region_code   AS region_code,
    p.level         AS level,
    p.year          AS year,
    p.month         AS month,
    p.day           AS day,
    p.id            AS participation_id,
    p.meeting_id    AS meeting_id,
    p.document_id   AS document_id
FROM participants p, json_each(p.titles) t;
