package app.gazette.label;

import app.gazette.shared.Rows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Label ids by name for bulk writes (the import), by JDBC in the caller's transaction: case and
 * spacing ignored as {@link LabelNames#keyOf} does, labels created where missing.
 */
@Service
public class BulkLabels {

    private static final int MAX_NAME = 100;

    private final JdbcTemplate jdbc;

    BulkLabels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A resolver for one run: it remembers the ids it found or created. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Resolver open() {
        return new Resolver();
    }

    /** Resolves names to ids; not for use by two threads. */
    public final class Resolver {

        private final Map<String, Long> bySlug = new HashMap<>();

        private Resolver() {}

        /** The ids of labels with the first {@code limit} distinct names, each once; blank names are ignored. */
        public Set<Long> idsOf(Collection<String> names, int limit) {
            Map<String, String> wanted = new LinkedHashMap<>();
            for (String name : names) {
                if (name != null && !name.isBlank() && wanted.size() < limit) {
                    String clean = Rows.cut(LabelNames.clean(name), MAX_NAME).strip();
                    wanted.putIfAbsent(Rows.cut(LabelNames.keyOf(clean), MAX_NAME), clean);
                }
            }
            List<String> missing = new ArrayList<>();
            for (String slug : wanted.keySet()) {
                if (!bySlug.containsKey(slug)) {
                    missing.add(slug);
                }
            }
            if (!missing.isEmpty()) {
                jdbc.query(
                        "SELECT slug, id FROM labels WHERE slug IN (" + Rows.marks(missing) + ")",
                        row -> {
                            bySlug.put(row.getString(1), row.getLong(2));
                        },
                        missing.toArray());
                List<String> create = missing.stream()
                        .filter(slug -> !bySlug.containsKey(slug))
                        .toList();
                List<Object[]> rows = create.stream()
                        .map(slug -> new Object[] {wanted.get(slug), slug})
                        .toList();
                List<Long> ids = Rows.insertReturningIds(jdbc, "INSERT INTO labels (name, slug) VALUES (?, ?)", rows);
                for (int i = 0; i < create.size(); i++) {
                    bySlug.put(create.get(i), ids.get(i));
                }
            }
            Set<Long> ids = new LinkedHashSet<>();
            wanted.keySet().forEach(slug -> ids.add(bySlug.get(slug)));
            return ids;
        }
    }
}
