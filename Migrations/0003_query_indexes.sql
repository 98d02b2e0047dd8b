-- 0003: what `archivectl query` needs to stay fast on a large archive (100,000 documents).
--
-- An indicator value belongs to the region it names or, naming none, to the meeting's host; the view's
-- region_code is computed from both, and a condition on a computed column can only be answered by
-- reading every value. indicator_facts therefore also shows the two underlying codes
-- (value_region_code, meeting_region_code), so a region filter becomes two indexed lookups.

DROP VIEW indicator_facts;

-- As in 0002, with three columns added at the end.
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

-- Values by indicator, kind and region in one index: `indicator=GDP kind=target region=湖南` seeks
-- straight to its rows instead of reading every GDP target. It covers 0001's (indicator_code, kind)
-- index, which goes.
DROP INDEX indicator_values_by_indicator;
CREATE INDEX indicator_values_by_indicator_region ON indicator_values(indicator_code, kind, region_code);
