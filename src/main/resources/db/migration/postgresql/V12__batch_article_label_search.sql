-- V5 rewrote an article's label names (and so its search vector) once per label row: an import
-- adding 30,000 labels rewrote articles 30,000 times. Statement-level triggers with transition
-- tables rewrite each article a statement touches once, however many of its labels it adds.
DROP TRIGGER tr_article_labels_search ON article_labels;

CREATE FUNCTION article_labels_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE articles SET label_names = article_label_names(id)
        WHERE id IN (SELECT DISTINCT article_id FROM old_rows);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE articles SET label_names = article_label_names(id)
        WHERE id IN (SELECT DISTINCT article_id FROM new_rows);
    END IF;
    RETURN NULL;
END
$$;

-- A trigger with transition tables takes one event.
CREATE TRIGGER tr_article_labels_inserted AFTER INSERT ON article_labels
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_labels_refresh();
CREATE TRIGGER tr_article_labels_deleted AFTER DELETE ON article_labels
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_labels_refresh();
CREATE TRIGGER tr_article_labels_updated AFTER UPDATE ON article_labels
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_labels_refresh();
