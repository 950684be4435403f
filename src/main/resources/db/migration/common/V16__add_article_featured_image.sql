-- The article's featured picture (an id of the media library, no foreign key across features) and
-- what the article says about it; the alt text defaults from the library's when chosen.
ALTER TABLE articles ADD COLUMN featured_media_id BIGINT;
ALTER TABLE articles ADD COLUMN featured_alt VARCHAR(300);
ALTER TABLE articles ADD COLUMN featured_caption VARCHAR(1000);
ALTER TABLE articles ADD COLUMN featured_credit VARCHAR(300);
