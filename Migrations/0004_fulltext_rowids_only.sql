-- 0004: the full-text index keeps which documents hold each trigram, not where (FTS5 detail=none).
-- The positions made the index half again as large and about half of what storing a report cost
-- (10,000 reports: 3.4 s of CPU to load with positions, 2.3 s without). A three-character word is one
-- trigram, so the index alone answers it. A longer word is the documents that hold all of its
-- trigrams, checked against the text: `archivectl search` and `text=` do that, and in sqlite3
-- `WHERE normalized_text LIKE '%双过半目标%'` on documents_fts uses the index and checks by itself.
-- FTS5 refuses phrase and column queries on such an index (`MATCH '双过半目标'`, `MATCH 'title: …'`).

-- 0001's triggers on documents stay: they name documents_fts, and write into the new table.
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, normalized_text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'trigram', detail = 'none'
);

-- An archive made by an earlier version has documents to index again.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
