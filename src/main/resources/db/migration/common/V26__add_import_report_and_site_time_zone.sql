-- What an import's result page accounts for beyond posts and comments made (issue 17): drafts,
-- password-protected, sticky and duplicate posts, items of kinds not imported, the titles of the
-- posts made drafts to keep them hidden (one a line) and the blog's time zone read from the export.
ALTER TABLE import_jobs ADD COLUMN draft_posts BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN protected_posts BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN sticky_posts BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN duplicate_posts BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN skipped_pages BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN skipped_attachments BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN skipped_other BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_jobs ADD COLUMN hidden_titles VARCHAR(4000);
ALTER TABLE import_jobs ADD COLUMN blog_zone VARCHAR(64);

-- The zone dates are shown in; null: the configured GAZETTE_TIME_ZONE.
ALTER TABLE site_settings ADD COLUMN time_zone VARCHAR(64);
