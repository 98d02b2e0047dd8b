-- 0010: each document records the rules that made its facts, and deleting a document removes
-- everything it brought whatever the connection's `PRAGMA foreign_keys` (the sqlite3 program runs
-- with it off, so ON DELETE CASCADE alone left meetings, participations and values behind).

-- Which rules produced the document's facts: a digest of the extraction code and vocabularies
-- (archivectl reextract updates documents whose value differs from the binary's). NULL: written
-- before rules were recorded, so older than any rules version.
ALTER TABLE documents ADD COLUMN rules_version TEXT;
-- What decoding knew beyond the normalized text, for extraction to read again without the file:
-- JSON {"title", "published", "publisher", "clutter": [[start, end] …]}; NULL when it knew nothing more.
ALTER TABLE documents ADD COLUMN extraction_input TEXT;
CREATE INDEX documents_by_rules_version ON documents(rules_version);

-- A document's rows go before it, children before parents; people_cleanup then removes names
-- no participation uses any more.
CREATE TRIGGER documents_delete_facts BEFORE DELETE ON documents BEGIN
    DELETE FROM participations WHERE document_id = OLD.id;
    DELETE FROM indicator_values WHERE document_id = OLD.id;
    DELETE FROM goal_mentions WHERE document_id = OLD.id;
    DELETE FROM authors WHERE document_id = OLD.id;
    DELETE FROM meetings WHERE document_id = OLD.id;
END;

-- A meeting deleted alone takes its facts with it, as the cascade does with foreign keys on.
CREATE TRIGGER meetings_delete_facts BEFORE DELETE ON meetings BEGIN
    DELETE FROM participations WHERE meeting_id = OLD.id;
    DELETE FROM indicator_values WHERE meeting_id = OLD.id;
    DELETE FROM goal_mentions WHERE meeting_id = OLD.id;
END;
