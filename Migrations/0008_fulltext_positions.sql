-- 0008: the full-text index keeps where each trigram is (FTS5 detail=full, as 0001 made it) and
-- names its content table as sqlite-utils and Datasette look for it (content="documents": they
-- match that spelling, or content=[documents], in sqlite_master, not content = 'documents').
-- With positions, a word of four or more characters is a phrase query (`MATCH '双过半目标'`), and
-- column queries (`MATCH 'title: 经济'`), bm25 and snippet() work in sqlite3, Datasette's
-- `_search=` and `sqlite-utils search` alike; 0004's detail=none refused them. The cost is paid
-- once per large ingest, as the storage floor pays it: such a run indexes its documents in one
-- statement at its end (Sources/Archive/Ingest/DeferredIndexes.swift), not a segment per batch.
-- Words of one or two characters are below a trigram: `instr(documents.normalized_text, '过半')`.

-- 0001's triggers on documents stay: they name documents_fts, and write into the new table.
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, normalized_text,
    content="documents", content_rowid="id",
    tokenize="trigram"
);

-- The archive's documents, indexed again with positions.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
