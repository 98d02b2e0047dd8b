-- 0004: the full-text index keeps which documents hold each trigram, not where (FTS5 detail=none).
-- The positions made the index half again as large and about half of what storing a report cost
-- (10,000 reports: 3.4 s of CPU to load with positions, 2.3 s without). A three-character word is one
-- trigram, so the index alone answers it. A longer word is the documents that hold all of its
-- trigrams, checked against the text: `archivectl search` and `text=` do that, and in sqlite3
-- `WHERE normalized_text LIKE '%双过半目标%'` on documents_fts uses the index and checks by itself.
-- FTS5 refuses phrase and column queries on such an index (`MATCH '双过半目标'`, `MATCH 'title: …'`).

DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, normalized_text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'trigram', detail = 'none'
);

-- Keep the external-content index in step with documents (as 0001 did).
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

-- An archive made by an earlier version has documents to index again.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
