package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/** Free slugs: neither an article's slug nor one an article had (an alias), one at a time or by batch. */
@DataJpaTest
@Import(SlugPicker.class)
class SlugPickerTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    SlugPicker picker;

    @Autowired
    TestEntityManager entities;

    User ada;
    Article renamed;
    Article other;

    /** "new-title" was "old-title" and "older-title"; "other" holds "other" and "other-2". */
    @BeforeEach
    void articles() {
        ada = entities.persist(author("ada"));
        renamed = entities.persist(draft(ada, "new-title"));
        other = entities.persist(draft(ada, "other"));
        entities.persist(draft(ada, "other-2"));
        entities.persist(new SlugAlias("old-title", renamed.getId(), NOW));
        entities.persist(new SlugAlias("older-title", renamed.getId(), NOW));
        entities.persist(new SlugAlias("older-title-2", renamed.getId(), NOW));
        entities.flush();
    }

    @Test
    void pickPassesOverSlugsArticlesHaveAndHad() {
        assertThat(picker.pick("fresh")).isEqualTo("fresh");
        assertThat(picker.pick("other")).isEqualTo("other-3");
        assertThat(picker.pick("old-title")).isEqualTo("old-title-2");
        assertThat(picker.pick("older-title")).isEqualTo("older-title-3");
    }

    @Test
    void anArticleMayTakeBackItsOwnOldSlugButNotAnothersSlugOrOldSlug() {
        assertThat(picker.isFree("old-title", renamed.getId())).isTrue();
        assertThat(picker.isFree("new-title", renamed.getId())).isTrue();
        assertThat(picker.isFree("old-title", other.getId())).isFalse();
        assertThat(picker.isFree("old-title", null)).isFalse();
        assertThat(picker.isFree("other", renamed.getId())).isFalse();
        assertThat(picker.isFree("fresh", null)).isTrue();
    }

    @Test
    void aBatchPassesOverAliasesAndTheSlugsItPickedBefore() {
        SlugPicker.Batch batch = picker.batch();

        assertThat(batch.pick(List.of("old-title", "fresh", "fresh", "other", "older-title")))
                .containsExactly("old-title-2", "fresh", "fresh-2", "other-3", "older-title-3");
        assertThat(batch.pick(List.of("fresh", "old-title"))).containsExactly("fresh-3", "old-title-3");
        assertThat(picker.batch().pick(List.of("fresh"))).containsExactly("fresh");
    }

    @Test
    void numberedSlugsStayWithinTheLongestSlug() {
        String longest = "word-".repeat(15) + "words";
        assertThat(longest).hasSize(Slugs.MAX_LENGTH);
        entities.persist(draft(ada, longest));
        entities.flush();

        String picked = picker.pick(longest);

        assertThat(picked).isEqualTo("word-".repeat(15) + "2").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(picker.batch().pick(List.of(longest))).containsExactly(picked);
        assertThat(SlugPicker.numbered("a".repeat(80), 10)).isEqualTo("a".repeat(77) + "-10");
    }
}
