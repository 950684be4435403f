package app.gazette.article;

/**
 * Where a reader is in a list: the newest page, the page older than a cursor ("Older posts"), the
 * page newer than one ("Newer posts"), or a page number from an old link.
 */
public record ListPosition(Cursor before, Cursor after, int page) {

    public static final ListPosition NEWEST = new ListPosition(null, null, 1);

    public static ListPosition before(Cursor cursor) {
        return new ListPosition(cursor, null, 1);
    }

    public static ListPosition after(Cursor cursor) {
        return new ListPosition(null, cursor, 1);
    }

    /** Page {@code number} from 1; numbers below 1 mean the first page. */
    public static ListPosition page(int number) {
        return new ListPosition(null, null, Math.max(number, 1));
    }
}
