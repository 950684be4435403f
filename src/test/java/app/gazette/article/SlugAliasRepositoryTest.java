package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.user.User;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

@DataJpaTest
class SlugAliasRepositoryTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    SlugAliasRepository aliases;

    @Autowired
    TestEntityManager entities;

    Article renamed;
    Article other;

    @BeforeEach
    void aliases() {
        User ada = entities.persist(author("ada"));
        renamed = entities.persist(draft(ada, "new-slug"));
        other = entities.persist(draft(ada, "other"));
        entities.persist(new SlugAlias("old-slug", renamed.getId(), NOW));
        entities.persist(new SlugAlias("older-slug", renamed.getId(), NOW));
        entities.persist(new SlugAlias("other-old", other.getId(), NOW));
        entities.flush();
        entities.clear();
    }

    @Test
    void findBySlugFindsTheAliasAndItsArticle() {
        assertThat(aliases.findBySlug("old-slug")).map(SlugAlias::getArticleId).contains(renamed.getId());
        assertThat(aliases.findBySlug("other-old")).map(SlugAlias::getArticleId).contains(other.getId());
    }

    @Test
    void findBySlugIsExactAndFindsNoCurrentSlug() {
        assertThat(aliases.findBySlug("old")).isEmpty();
        assertThat(aliases.findBySlug("OLD-SLUG")).isEmpty();
        assertThat(aliases.findBySlug("new-slug")).isEmpty();
    }

    @Test
    void databaseRefusesASecondAliasWithTheSameSlug() {
        entities.persist(new SlugAlias("old-slug", other.getId(), NOW));

        assertThatThrownBy(() -> entities.flush()).isInstanceOf(PersistenceException.class);
    }

    @Test
    void deletingTheArticleDeletesItsAliases() {
        int deleted = entities.getEntityManager()
                .createNativeQuery("delete from articles where id = :id")
                .setParameter("id", renamed.getId())
                .executeUpdate();
        entities.flush();
        entities.clear();

        assertThat(deleted).isEqualTo(1);
        assertThat(aliases.findBySlug("old-slug")).isEmpty();
        assertThat(aliases.findBySlug("older-slug")).isEmpty();
        assertThat(aliases.findBySlug("other-old")).map(SlugAlias::getArticleId).contains(other.getId());
        assertThat(aliases.count()).isEqualTo(1);
    }

    @Test
    void aliasMustPointAtAnExistingArticle() {
        entities.persist(new SlugAlias("dangling", renamed.getId() + other.getId() + 1000, NOW));

        assertThatThrownBy(() -> entities.flush()).isInstanceOf(PersistenceException.class);
    }
}
