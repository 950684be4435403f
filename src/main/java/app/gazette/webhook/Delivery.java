package app.gazette.webhook;

/** One attempt to deliver: the response code (null when none came), how long it took, and why it failed (null: it did not). */
public record Delivery(Integer code, long millis, String error) {

    public boolean succeeded() {
        return error == null;
    }
}
