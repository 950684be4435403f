package app.gazette.importing;

import app.gazette.article.Slugs;
import app.gazette.shared.Rows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The user each imported author becomes: the account with their login, else their email, else
 * their display name; otherwise a new account that is disabled and has no password (nobody can
 * sign in with it until an admin enables it and sets one). Posts without an author go to the
 * admin who imports.
 */
final class Authors {

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final JdbcTemplate jdbc;
    private final long importer;
    private final Instant now;
    private final ImportTally tally;
    private final Map<ImportedAuthor, Long> known = new HashMap<>();

    Authors(JdbcTemplate jdbc, long importer, Instant now, ImportTally tally) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.now = now;
        this.tally = tally;
    }

    long idOf(ImportedAuthor author) {
        if (author == null || blank(author.login()) && blank(author.email()) && blank(author.displayName())) {
            return importer;
        }
        return known.computeIfAbsent(author, this::find);
    }

    private long find(ImportedAuthor author) {
        String login = author.login() == null ? null : author.login().strip();
        String email = email(author.email());
        String name = Rows.cut(author.displayName() == null ? "" : author.displayName().strip(), 100);
        List<Long> found = List.of();
        if (!blank(login)) {
            found = jdbc.queryForList("SELECT id FROM users WHERE LOWER(username) = ?", Long.class,
                    login.toLowerCase(Locale.ROOT));
        }
        if (found.isEmpty() && email != null) {
            found = jdbc.queryForList("SELECT id FROM users WHERE LOWER(email) = ?", Long.class, email);
        }
        if (found.isEmpty() && !name.isEmpty()) {
            found = jdbc.queryForList("SELECT id FROM users WHERE display_name = ? ORDER BY id", Long.class, name);
        }
        if (!found.isEmpty()) {
            return found.get(0);
        }
        tally.authorCreated();
        String username = freeUsername(!blank(login) && LOGIN.matcher(login).matches() ? login
                : Slugs.slugify(name.isEmpty() ? String.valueOf(login) : name));
        return Rows.insertReturningIds(jdbc, "INSERT INTO users (username, email, display_name, password_hash, "
                + "role, enabled, created_at) VALUES (?, ?, ?, NULL, 'EDITOR', FALSE, ?)",
                List.<Object[]>of(new Object[] {username, Rows.nullable(java.sql.Types.VARCHAR, email),
                        name.isEmpty() ? username : name, now})).get(0);
    }

    private String freeUsername(String wanted) {
        String base = Rows.cut(wanted, 60);
        String username = base;
        for (int n = 2; taken(username); n++) {
            username = base + "-" + n;
        }
        return username;
    }

    private boolean taken(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE LOWER(username) = ?", Long.class,
                username.toLowerCase(Locale.ROOT)) > 0;
    }

    /** A plausible address, lower-cased, or null: a new account's email must be unique and sane. */
    private static String email(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches() ? trimmed : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
