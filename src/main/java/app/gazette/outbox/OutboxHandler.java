package app.gazette.outbox;

/** Does the jobs of one kind; a bean of each kind's feature. Runs outside any transaction. */
public interface OutboxHandler {

    String kind();

    /** Does the job; a failure (or an exception) is tried again later unless the job says it is the last. */
    OutboxResult handle(OutboxJob job);
}
