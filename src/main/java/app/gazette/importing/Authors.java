package app.gazette.importing;

import app.gazette.article.Slugs;
import app.gazette.user.AuthorAccounts;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The user each imported author becomes (see {@link AuthorAccounts}): found or created a batch of
 * posts at a time, each author once per import. Posts without an author go to the admin who imports.
 */
final class Authors {

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final AuthorAccounts accounts;
    private final long importer;
    private final Instant now;
    private final ImportTally tally;
    private final Map<ImportedAuthor, Long> known = new HashMap<>();

    Authors(AuthorAccounts accounts, long importer, Instant now, ImportTally tally) {
        this.accounts = accounts;
        this.importer = importer;
        this.now = now;
        this.tally = tally;
    }

    /** Finds or creates the accounts of these authors not met before, in order. */
    void load(Collection<ImportedAuthor> authors) {
        List<ImportedAuthor> fresh = authors.stream()
                .filter(author -> !nobody(author) && !known.containsKey(author))
                .distinct()
                .toList();
        List<AuthorAccounts.Match> matches =
                accounts.findOrCreate(fresh.stream().map(Authors::wanted).toList(), now);
        for (int i = 0; i < fresh.size(); i++) {
            known.put(fresh.get(i), matches.get(i).id());
            if (matches.get(i).created()) {
                tally.authorCreated();
            }
        }
    }

    /** The account of an author {@link #load loaded} before, or the importer's. */
    long idOf(ImportedAuthor author) {
        return nobody(author) ? importer : known.get(author);
    }

    /** The author, with the username a new account of theirs gets: their login, else from their name. */
    private static AuthorAccounts.Author wanted(ImportedAuthor author) {
        String login = author.login() == null ? null : author.login().strip();
        String name = AuthorAccounts.displayName(author.displayName());
        String username = !blank(login) && LOGIN.matcher(login).matches()
                ? login
                : Slugs.slugify(name.isEmpty() ? String.valueOf(login) : name);
        return new AuthorAccounts.Author(author.login(), author.email(), author.displayName(), username);
    }

    private static boolean nobody(ImportedAuthor author) {
        return author == null || blank(author.login()) && blank(author.email()) && blank(author.displayName());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
