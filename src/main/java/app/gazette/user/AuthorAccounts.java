package app.gazette.user;

import app.gazette.shared.LoginNames;
import app.gazette.shared.Rows;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of authors from elsewhere (the import), by JDBC in the caller's transaction: the account
 * with their login, else their email, else their display name; otherwise a new account that is
 * disabled and has no password (nobody can sign in with it until an admin enables it and sets one).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuthorAccounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 100;
    private static final int MAX_USERNAME = 60;

    private final JdbcTemplate jdbc;

    AuthorAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An author: any of login, email and display name may be null; {@code username} is the login a
     * new account gets (made free with -2, -3 …).
     */
    public record Author(String login, String email, String displayName, String username) {}

    /** The account an author has or was given, and whether it is new. */
    public record Match(long id, boolean created) {}

    /** The id of the account with exactly this username. */
    public Optional<Long> idOf(String username) {
        return jdbc.query("SELECT id FROM users WHERE username = ?", (row, n) -> row.getLong(1), username).stream()
                .findFirst();
    }

    /** The account of each author, in order; an author met earlier in the list finds the account made for them. */
    public List<Match> findOrCreate(List<Author> authors, Instant createdAt) {
        List<Match> matches = new ArrayList<>(authors.size());
        for (Author author : authors) {
            matches.add(findOrCreate(author, createdAt));
        }
        return matches;
    }

    private Match findOrCreate(Author author, Instant createdAt) {
        String login = author.login() == null ? null : LoginNames.canonical(author.login());
        String email = email(author.email());
        String name = displayName(author.displayName());
        List<Long> found = List.of();
        if (login != null && !login.isBlank()) {
            found = jdbc.queryForList("SELECT id FROM users WHERE LOWER(username) = ?", Long.class, login);
        }
        if (found.isEmpty() && email != null) {
            found = jdbc.queryForList("SELECT id FROM users WHERE LOWER(email) = ?", Long.class, email);
        }
        if (found.isEmpty() && !name.isEmpty()) {
            found = jdbc.queryForList("SELECT id FROM users WHERE display_name = ? ORDER BY id", Long.class, name);
        }
        if (!found.isEmpty()) {
            return new Match(found.get(0), false);
        }
        String username = freeUsername(author.username());
        long id = Rows.insertReturningIds(
                        jdbc,
                        "INSERT INTO users (username, email, display_name, password_hash, "
                                + "role, enabled, created_at) VALUES (?, ?, ?, NULL, 'EDITOR', FALSE, ?)",
                        List.<Object[]>of(new Object[] {
                            username, Rows.nullable(Types.VARCHAR, email), name.isEmpty() ? username : name, createdAt
                        }))
                .get(0);
        return new Match(id, true);
    }

    /** A display name as accounts keep it: trimmed, at most 100 characters. */
    public static String displayName(String name) {
        return Rows.cut(name == null ? "" : name.strip(), MAX_NAME);
    }

    private String freeUsername(String wanted) {
        String base = Rows.cut(wanted, MAX_USERNAME);
        String username = base;
        for (int n = 2; taken(username); n++) {
            username = base + "-" + n;
        }
        return username;
    }

    private boolean taken(String username) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM users WHERE LOWER(username) = ?",
                        Long.class,
                        LoginNames.canonical(username))
                > 0;
    }

    /** A plausible address, lower-cased, or null: a new account's email must be unique and sane. */
    private static String email(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches() ? trimmed : null;
    }
}
