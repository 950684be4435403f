package app.gazette.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleNoteRepository extends JpaRepository<ArticleNote, Long> {

    /** An article's notes, newest first. */
    @Query("select n from ArticleNote n where n.articleId = :id order by n.createdAt desc, n.id desc")
    List<ArticleNote> findNewestFirst(@Param("id") long articleId);

    /** Visible articles with notes of this kind, by their newest such note, newest first. */
    @Query("select n.articleId from ArticleNote n, Article a where a.id = n.articleId and n.kind = :kind"
            + " and a.status = app.gazette.article.ArticleStatus.PUBLISHED and a.publishAt <= :now"
            + " group by n.articleId order by max(n.createdAt) desc, n.articleId desc")
    List<Long> findArticlesWith(@Param("kind") NoteKind kind, @Param("now") Instant now, Pageable page);

    @Query("select n from ArticleNote n where n.articleId in :ids and n.kind = :kind"
            + " order by n.createdAt desc, n.id desc")
    List<ArticleNote> findOfKind(@Param("ids") Collection<Long> articleIds, @Param("kind") NoteKind kind);
}
