package app.gazette.outbox;

/** What a handler made of a job: done, or failed with a short reason (kept as the job's last error). */
public record OutboxResult(boolean done, String error) {

    public static OutboxResult succeeded() {
        return new OutboxResult(true, null);
    }

    public static OutboxResult failed(String error) {
        return new OutboxResult(false, error == null ? "failed" : error);
    }
}
