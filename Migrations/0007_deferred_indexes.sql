-- 0007: indexes a large ingest dropped to build once at its end (see Sources/Archive/Ingest/
-- DeferredIndexes.swift). Written in the transaction that drops them: an ingest killed midway
-- leaves its indexes here, and the next ingest builds them. While a row is here, queries are
-- right but read whole tables.
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,                               -- the index's name
    sql  TEXT NOT NULL                                   -- its CREATE INDEX statement, as sqlite_master held it
);
