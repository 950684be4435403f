package app.gazette.label;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LabelRepository extends JpaRepository<Label, Long> {

    Optional<Label> findBySlug(String slug);

    List<Label> findBySlugIn(Collection<String> slugs);

    /** Labels with the number of visible articles that carry them, by name; unused labels left out. */
    @Query("select new app.gazette.label.LabelRepository$Tally(l.name, count(a)) from Article a join a.labels l"
            + " where a.status = app.gazette.article.ArticleStatus.PUBLISHED and a.publishAt <= :now"
            + " group by l.id, l.name order by lower(l.name)")
    List<Tally> countVisible(@Param("now") Instant now);

    record Tally(String name, long count) {
    }
}
