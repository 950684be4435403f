package app.gazette.importing;

/** What an import has read and made so far; one import's thread only. */
final class ImportTally {

    private long postsDone;
    private long commentsDone;
    private long postsCreated;
    private long commentsCreated;
    private long privatePosts;
    private long authorsCreated;

    void postRead(boolean created, boolean wasPrivate) {
        postsDone++;
        postsCreated += created ? 1 : 0;
        privatePosts += created && wasPrivate ? 1 : 0;
    }

    void commentRead(boolean created) {
        commentsDone++;
        commentsCreated += created ? 1 : 0;
    }

    void authorCreated() {
        authorsCreated++;
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
