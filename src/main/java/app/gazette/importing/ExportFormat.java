package app.gazette.importing;

/** The foreign exports Gazette reads. */
public enum ExportFormat {
    /** Blogger's "Back up content" or Google Takeout: Atom with kind#post and kind#comment entries. */
    BLOGGER,
    /** WordPress eXtended RSS 1.1 or 1.2. */
    WORDPRESS
}
