package app.gazette.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a newest-first list, with the cursors of the pages around it: "Newer posts" links
 * with {@code after=newer}, "Older posts" with {@code before=older} (null: no such page).
 */
public record ListPage<T>(List<T> entries, String newer, String older) {

    public boolean hasNewer() {
        return newer != null;
    }

    public boolean hasOlder() {
        return older != null;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(entries.stream().map(mapper).toList(), newer, older);
    }
}
