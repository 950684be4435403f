-- Four newsroom roles: contributors write and submit, authors publish their own, editors and admins all.
ALTER TABLE users DROP CONSTRAINT ck_users_role;
ALTER TABLE users ADD CONSTRAINT ck_users_role CHECK (role IN ('ADMIN', 'EDITOR', 'AUTHOR', 'CONTRIBUTOR'));

-- A contributor's article waits in REVIEW for an editor.
ALTER TABLE articles DROP CONSTRAINT ck_articles_status;
ALTER TABLE articles ADD CONSTRAINT ck_articles_status CHECK (status IN ('DRAFT', 'REVIEW', 'PUBLISHED', 'TRASHED'));

-- What each revision was (saved, submitted, returned, approved, published ...; null: saved, before V21),
-- and the note of an editor who returned the article to its writer.
ALTER TABLE revisions ADD COLUMN action VARCHAR(16);
ALTER TABLE revisions ADD COLUMN note VARCHAR(2000);
