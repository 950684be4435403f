package app.gazette.importing;

import app.gazette.label.Label;
import app.gazette.shared.Rows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ids of labels by name (case and spacing ignored, as Gazette does), created where missing. */
final class LabelIds {

    private static final int MAX_NAME = 100;
    /** More labels on one post than anyone writes: the rest of a hostile list is left out. */
    static final int MAX_PER_POST = 100;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> bySlug = new HashMap<>();

    LabelIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of labels with these names, each once; blank names are ignored. */
    Set<Long> idsOf(List<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank() && wanted.size() < MAX_PER_POST) {
                String clean = Rows.cut(Label.clean(name), MAX_NAME).strip();
                wanted.putIfAbsent(Rows.cut(Label.keyOf(clean), MAX_NAME), clean);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String slug : wanted.keySet()) {
            if (!bySlug.containsKey(slug)) {
                missing.add(slug);
            }
        }
        if (!missing.isEmpty()) {
            jdbc.query("SELECT slug, id FROM labels WHERE slug IN (" + Rows.marks(missing) + ")",
                    row -> {
                        bySlug.put(row.getString(1), row.getLong(2));
                    }, missing.toArray());
            List<String> create = missing.stream().filter(slug -> !bySlug.containsKey(slug)).toList();
            List<Object[]> rows = create.stream().map(slug -> new Object[] {wanted.get(slug), slug}).toList();
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
