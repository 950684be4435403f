-- Full text search, PostgreSQL only (H2 searches with LIKE and has no V5).
-- Configuration 'english': the site is written in English, and stemming lets "elections" find
-- "election"; the same configuration must be used by the queries (PostgresSearch.CONFIG).

-- Label names of each article, kept by the triggers below: a generated column cannot read
-- article_labels, but it can read this column, so labels are in the indexed vector too.
ALTER TABLE articles ADD COLUMN label_names TEXT DEFAULT '' NOT NULL;

CREATE FUNCTION article_label_names(article BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(l.name, ' ' ORDER BY l.slug), '')
    FROM article_labels al JOIN labels l ON l.id = al.label_id
    WHERE al.article_id = article
$$;

UPDATE articles SET label_names = article_label_names(id);

-- Weights: title A, summary (the excerpt, else the first paragraph) and labels B, body C.
ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, label_names), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(body_markdown, '')), 'C')) STORED;

CREATE INDEX ix_articles_search ON articles USING GIN (search_vector);

-- An article's labels changed: refresh its label_names (and so its vector).
CREATE FUNCTION article_labels_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE articles SET label_names = article_label_names(id) WHERE id = OLD.article_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE articles SET label_names = article_label_names(id) WHERE id = NEW.article_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_article_labels_search AFTER INSERT OR UPDATE OR DELETE ON article_labels
    FOR EACH ROW EXECUTE FUNCTION article_labels_changed();

-- A label renamed: refresh the articles carrying it.
CREATE FUNCTION label_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE articles SET label_names = article_label_names(id)
    WHERE id IN (SELECT article_id FROM article_labels WHERE label_id = NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_labels_search AFTER UPDATE OF name ON labels
    FOR EACH ROW EXECUTE FUNCTION label_renamed();
