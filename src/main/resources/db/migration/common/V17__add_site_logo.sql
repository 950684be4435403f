-- The site logo: an id of the media library (no foreign key across features); null when none.
ALTER TABLE site_settings ADD COLUMN logo_media_id BIGINT;
