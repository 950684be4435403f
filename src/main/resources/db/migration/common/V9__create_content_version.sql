-- One counter every node reads: bumped by each change readers can see (articles, comments, labels,
-- settings), so cached public pages of every node know when they are stale.
CREATE TABLE content_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL,
    CONSTRAINT ck_content_version_single CHECK (id = 1)
);
INSERT INTO content_version (id, version) VALUES (1, 0);
