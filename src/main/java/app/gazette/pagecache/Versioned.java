package app.gazette.pagecache;

import java.util.function.Supplier;

/**
 * A value computed from public content and kept until the {@link ContentVersion} changes, so every
 * node drops it as soon as it learns of a change. Reads the version before computing: a value is
 * never kept under a newer version than the data it was computed from.
 * Threads that find it stale at once wait for one computation.
 */
public final class Versioned<T> {

    private final ContentVersion version;
    private final Supplier<T> compute;
    private volatile Entry<T> entry;

    Versioned(ContentVersion version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
    }

    public T get() {
        ContentVersion.Key key = version.current();
        Entry<T> current = entry;
        if (current != null && current.key().equals(key)) {
            return current.value();
        }
        return recompute(key);
    }

    /** One computation at a time: threads that find the value stale together wait for it, not repeat it. */
    private synchronized T recompute(ContentVersion.Key key) {
        Entry<T> current = entry;
        if (current != null && current.key().equals(key)) {
            return current.value();
        }
        T value = compute.get();
        entry = new Entry<>(key, value);
        return value;
    }

    private record Entry<T>(ContentVersion.Key key, T value) {}
}
