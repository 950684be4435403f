package app.gazette.article;

/** A submitted value the editor must change, such as a slug already in use: shown on that field. */
public class ArticleFieldException extends RuntimeException {

    private final String field;
    private final String messageCode;

    ArticleFieldException(String field, String messageCode) {
        super(null, null, false, false);
        this.field = field;
        this.messageCode = messageCode;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
