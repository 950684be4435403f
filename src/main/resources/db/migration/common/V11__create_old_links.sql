-- Addresses of imported articles on the old site (/2019/02/slug.html, /2019/02/09/name, /?p=42):
-- they answer with a 301 to the article's permalink. Paths are stored decoded, without a trailing /.
CREATE TABLE old_links (
    path       VARCHAR(500) PRIMARY KEY,
    article_id BIGINT NOT NULL,
    CONSTRAINT fk_old_links_article FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX ix_old_links_article ON old_links (article_id);
