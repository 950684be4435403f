package app.gazette.pagecache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pages being rendered on this node, by cache key: concurrent misses of one page wait for the one
 * render instead of each running the page's queries (a popular page expiring under load would
 * otherwise take every database connection at once).
 */
final class InFlight {

    private final ConcurrentMap<String, CompletableFuture<CachedPage>> renders = new ConcurrentHashMap<>();
    private final long waitMillis;

    InFlight(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    /** Null when the caller now renders the key and must call {@link #done}; else the render to wait for. */
    CompletableFuture<CachedPage> lead(String key, CompletableFuture<CachedPage> render) {
        return renders.putIfAbsent(key, render);
    }

    boolean isRendering(String key) {
        return renders.containsKey(key);
    }

    /** The leader's outcome: the page it kept, or null when the page was not for keeping. */
    void done(String key, CompletableFuture<CachedPage> render, CachedPage page) {
        renders.remove(key, render);
        render.complete(page);
    }

    /** The page another request rendered, or null if it failed, kept nothing or took too long. */
    CachedPage await(CompletableFuture<CachedPage> render) {
        try {
            return render.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
