package app.gazette.media.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The media_usages rows: which articles use which pictures. Ids of pictures that are gone are left out. */
@Component
class MediaUsageRows {

    private static final int TITLE_MAX = 300;

    private final JdbcClient jdbc;

    MediaUsageRows(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void replace(long articleId, String title, Set<Long> mediaIds) {
        jdbc.sql("delete from media_usages where article_id = ?")
                .param(articleId)
                .update();
        if (mediaIds.isEmpty()) {
            return;
        }
        String kept = title == null ? "" : title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        jdbc.sql("insert into media_usages (media_id, article_id, article_title)"
                        + " select id, :article, :title from media where id in (:ids)")
                .param("article", articleId)
                .param("title", kept)
                .param("ids", mediaIds)
                .update();
    }

    /** The articles using each of these pictures, by picture id (pictures without any left out). */
    Map<Long, List<ArticleUse>> usesOf(Collection<Long> mediaIds) {
        Map<Long, List<ArticleUse>> uses = new LinkedHashMap<>();
        if (mediaIds.isEmpty()) {
            return uses;
        }
        jdbc.sql("select media_id, article_id, article_title from media_usages where media_id in (:ids)"
                        + " order by article_title, article_id")
                .param("ids", mediaIds)
                .query((row, n) -> {
                    uses.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new ArticleUse(row.getLong(2), row.getString(3)));
                    return null;
                })
                .list();
        return uses;
    }
}
