package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/** What the comment feature reads and changes of an article (moved here from the comment queries). */
@DataJpaTest
@Import(ArticleComments.class)
class ArticleCommentsTest {

    @Autowired
    ArticleComments articles;

    @Autowired
    TestEntityManager entities;

    long live;
    long hidden;

    @BeforeEach
    void articles() {
        User ada = entities.persist(author("ada"));
        live = entities.persist(published(ada, "live", "2019-02-01T10:00:00Z")).getId();
        hidden = entities.persist(draft(ada, "hidden")).getId();
        entities.flush();
        entities.clear();
    }

    @Test
    void findsAnArticleForModeration() {
        assertThat(articles.find(live)).contains(new CommentTarget(live, "Title live", "/2019/02/live", true));
        assertThat(articles.find(hidden)).contains(new CommentTarget(hidden, "Title hidden", null, true));
        assertThat(articles.find(-1)).isEmpty();
    }

    @Test
    void closesAndReopensCommentsOnOneArticle() {
        assertThat(articles.setOpen(live, false))
                .hasValueSatisfying(target -> assertThat(target.commentsOpen()).isFalse());
        entities.flush();
        entities.clear();
        assertThat(entities.find(Article.class, live).isCommentsOpen()).isFalse();
        assertThat(entities.find(Article.class, hidden).isCommentsOpen()).isTrue();

        articles.setOpen(live, true);
        entities.flush();
        entities.clear();
        assertThat(entities.find(Article.class, live).isCommentsOpen()).isTrue();
        assertThat(articles.setOpen(-1, false)).isEmpty();
    }
}
