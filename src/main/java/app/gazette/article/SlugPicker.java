package app.gazette.article;

import app.gazette.shared.Rows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Free slugs for articles: base, base-2, base-3 … (at most {@link Slugs#MAX_LENGTH} characters),
 * none that an article has now or had before (slug_aliases: old slugs that still lead to their
 * article). Runs in the caller's transaction.
 */
@Component
public class SlugPicker {

    private final ArticleRepository articles;
    private final SlugAliasRepository aliases;
    private final JdbcTemplate jdbc;

    SlugPicker(ArticleRepository articles, SlugAliasRepository aliases, JdbcTemplate jdbc) {
        this.articles = articles;
        this.aliases = aliases;
        this.jdbc = jdbc;
    }

    /** The first free slug of base, base-2, base-3 … */
    public String pick(String base) {
        String slug = base;
        for (int n = 2; articles.existsBySlug(slug) || aliases.existsById(slug); n++) {
            slug = numbered(base, n);
        }
        return slug;
    }

    /** Whether no article but {@code self} (null for a new one) has this slug or had it. */
    public boolean isFree(String slug, Long self) {
        return articles.findBySlug(slug)
                        .filter(other -> !other.getId().equals(self))
                        .isEmpty()
                && aliases.findBySlug(slug)
                        .filter(alias -> !Long.valueOf(alias.getArticleId()).equals(self))
                        .isEmpty();
    }

    /** Picks for batches not yet written: each slug picked is taken for the next ones too. */
    public Batch batch() {
        return new Batch();
    }

    /** base-n, the base cut (at a hyphen where it can) so that it fits in {@link Slugs#MAX_LENGTH}. */
    static String numbered(String base, int n) {
        String suffix = "-" + n;
        int room = Slugs.MAX_LENGTH - suffix.length();
        String cut = base;
        if (cut.length() > room) {
            cut = cut.substring(0, room);
            int hyphen = cut.lastIndexOf('-');
            cut = hyphen > 0 ? cut.substring(0, hyphen) : cut;
        }
        return cut + suffix;
    }

    /** Slugs for many articles at once, with one query per batch (and one more per slug that clashes). */
    public final class Batch {

        private final Set<String> picked = new HashSet<>();

        private Batch() {}

        /** A free slug for each base, in order; none equal to another picked by this batch. */
        public List<String> pick(List<String> bases) {
            Set<String> existing = new HashSet<>();
            List<String> distinct = bases.stream().distinct().toList();
            if (!distinct.isEmpty()) {
                String marks = Rows.marks(distinct);
                List<Object> args = new ArrayList<>(distinct);
                args.addAll(distinct);
                existing.addAll(jdbc.queryForList(
                        "SELECT slug FROM articles WHERE slug IN (" + marks + ") UNION "
                                + "SELECT slug FROM slug_aliases WHERE slug IN (" + marks + ")",
                        String.class,
                        args.toArray()));
            }
            List<String> slugs = new ArrayList<>(bases.size());
            for (String base : bases) {
                String slug = base;
                for (int n = 2; existing.contains(slug) || picked.contains(slug) || n > 2 && exists(slug); n++) {
                    slug = numbered(base, n);
                }
                picked.add(slug);
                slugs.add(slug);
            }
            return slugs;
        }

        private boolean exists(String slug) {
            return jdbc.queryForObject(
                            "SELECT (SELECT COUNT(*) FROM articles WHERE slug = ?) "
                                    + "+ (SELECT COUNT(*) FROM slug_aliases WHERE slug = ?)",
                            Long.class,
                            slug,
                            slug)
                    > 0;
        }
    }
}
