package app.gazette.outbox;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where features leave work for after their transaction commits. */
@Service
public class Outbox {

    private final OutboxJobs jobs;
    private final Clock clock;

    Outbox(OutboxJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Adds a job of this kind, due now, in the caller's transaction (required): it exists only if
     * that transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String kind, String payload) {
        Instant now = clock.instant();
        jobs.insert(kind, payload, now);
    }
}
