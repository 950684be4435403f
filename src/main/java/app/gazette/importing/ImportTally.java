package app.gazette.importing;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an import has read and made so far; one import's thread only. */
final class ImportTally {

    /** The result page names at most this many hidden posts. */
    static final int MAX_TITLES = 50;

    private long postsDone;
    private long commentsDone;
    private long postsCreated;
    private long commentsCreated;
    private long privatePosts;
    private long authorsCreated;
    private long draftPosts;
    private long protectedPosts;
    private long stickyPosts;
    private long duplicatePosts;
    private long skippedPages;
    private long skippedAttachments;
    private long skippedOther;
    private final List<String> hiddenTitles = new ArrayList<>();
    private final Map<ZoneOffset, Long> offsets = new HashMap<>();

    /** A post read: made now, or imported before, or the same post a second time in this file. */
    void postRead(ImportedPost post, boolean created, boolean duplicate) {
        postsDone++;
        duplicatePosts += duplicate ? 1 : 0;
        if (post.offset() != null) {
            offsets.merge(post.offset(), 1L, Long::sum);
        }
        if (!created) {
            return;
        }
        postsCreated++;
        draftPosts += post.state() == ImportedPost.State.DRAFT ? 1 : 0;
        privatePosts += post.state() == ImportedPost.State.PRIVATE ? 1 : 0;
        protectedPosts += post.state() == ImportedPost.State.PROTECTED ? 1 : 0;
        stickyPosts += post.sticky() ? 1 : 0;
        boolean named = post.state() == ImportedPost.State.PRIVATE || post.state() == ImportedPost.State.PROTECTED;
        if (named && hiddenTitles.size() < MAX_TITLES) {
            hiddenTitles.add(post.title() == null || post.title().isBlank() ? post.sourceKey() : post.title());
        }
    }

    void skipped(String kind) {
        switch (kind) {
            case "page" -> skippedPages++;
            case "attachment" -> skippedAttachments++;
            default -> skippedOther++;
        }
    }

    void commentRead(boolean created) {
        commentsDone++;
        commentsCreated += created ? 1 : 0;
    }

    void authorCreated() {
        authorsCreated++;
    }

    /** The offset most posts were published with: the blog's zone as far as the export tells; null if none. */
    ZoneOffset blogOffset() {
        return offsets.entrySet().stream()
                .max(Map.Entry.<ZoneOffset, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** What the result page shows beyond the posts and comments made. */
    ImportJob.Report report() {
        ZoneOffset offset = blogOffset();
        return new ImportJob.Report(
                draftPosts,
                protectedPosts,
                stickyPosts,
                duplicatePosts,
                skippedPages,
                skippedAttachments,
                skippedOther,
                hiddenTitles,
                offset == null ? null : offset.getId());
    }

    long postsDone() {
        return postsDone;
    }

    long commentsDone() {
        return commentsDone;
    }

    long postsCreated() {
        return postsCreated;
    }

    long commentsCreated() {
        return commentsCreated;
    }

    long privatePosts() {
        return privatePosts;
    }

    long authorsCreated() {
        return authorsCreated;
    }
}
