package app.gazette.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 1, newest first: "Newer posts" goes down, "Older posts" up. */
public record PageView<T>(List<T> entries, int number, int totalPages) {

    public boolean hasNewer() {
        return number > 1;
    }

    public boolean hasOlder() {
        return number < totalPages;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(entries.stream().map(mapper).toList(), number, totalPages);
    }
}
