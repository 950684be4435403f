-- Banned words and phrases, one per line: a comment containing one waits for an editor.
ALTER TABLE site_settings ADD COLUMN banned_words VARCHAR(10000) DEFAULT '' NOT NULL;

-- Secrets every node shares, made at random on first use (the key that signs comment forms).
CREATE TABLE site_secrets (
    secret_name  VARCHAR(64)  PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Flood limits: the latest comment from an IP, from an email.
CREATE INDEX ix_comments_ip_created ON comments (ip, created_at);
CREATE INDEX ix_comments_email_created ON comments (author_email, created_at);

-- One row that posting a reader comment locks, so that the flood and duplicate checks of two
-- nodes cannot both pass for the same reader at the same moment.
CREATE TABLE comment_post_lock (
    id INTEGER PRIMARY KEY,
    CONSTRAINT ck_comment_post_lock_single CHECK (id = 1)
);
INSERT INTO comment_post_lock (id) VALUES (1);
