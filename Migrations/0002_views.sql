-- 0002: flat, joined views for people who read the archive in `sqlite3` (and for `archivectl query`,
-- which selects from them). Their leading columns are named and ordered as `archivectl query` prints
-- them; the trailing ones (evidence, source, ids) are for joins and for `--evidence`/`--source`.
--
--   sqlite3 archive.db "SELECT region, value, unit, period FROM indicator_facts WHERE indicator = 'GDP' AND kind = 'target'"
--   sqlite3 archive.db "SELECT DISTINCT region FROM goal_facts WHERE phrase = '双过半'"
--   sqlite3 archive.db "SELECT date, region, meeting, roles FROM participants WHERE person = '曹普华'"

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
    d.source        AS source,
    v.id            AS id,
    v.meeting_id    AS meeting_id,
    v.document_id   AS document_id,
    v.region_code   AS value_region_code,                             -- the value's own region, if it names one
    v.region_name   AS value_region_name,
    m.region_code   AS meeting_region_code                            -- the host's
FROM indicator_values v
JOIN meetings m ON m.id = v.meeting_id
JOIN documents d ON d.id = v.document_id
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
    d.source        AS source,
    g.id            AS id,
    g.meeting_id    AS meeting_id,
    g.document_id   AS document_id
FROM goal_mentions g
JOIN meetings m ON m.id = g.meeting_id
JOIN documents d ON d.id = g.document_id
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
    d.source        AS source,
    x.id            AS id,
    x.meeting_id    AS meeting_id,
    x.document_id   AS document_id
FROM participations x
JOIN people p ON p.id = x.person_id
JOIN meetings m ON m.id = x.meeting_id
JOIN documents d ON d.id = x.document_id
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
    d.title         AS document_title,
    d.source        AS source,
    m.id            AS meeting_id,
    m.document_id   AS document_id
FROM meetings m
JOIN documents d ON d.id = m.document_id
LEFT JOIN regions r ON r.code = m.region_code;

-- Lookups the query layer makes that 0001's indexes do not cover: values outside the vocabulary by
-- their written name, and values by period (year=2023 matches a 2023Q1 period).
CREATE INDEX indicator_values_by_name ON indicator_values(name);
CREATE INDEX indicator_values_by_period ON indicator_values(period);
