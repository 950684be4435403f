package app.gazette.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs due jobs on every node ({@code gazette.outbox.cron}, "-" for never, as in tests that run
 * them by hand): each job is claimed in the database for {@link #CLAIM}, so one node runs it; a
 * node that dies mid-job leaves it to another once the claim runs out.
 */
@Component
public class OutboxWorker {

    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration KEEP_FINISHED = Duration.ofDays(7);
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxJobs jobs;
    private final Map<String, OutboxHandler> handlers;
    private final Clock clock;
    private final String node;

    OutboxWorker(OutboxJobs jobs, List<OutboxHandler> handlers, Clock clock) {
        this.jobs = jobs;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        this.clock = clock;
        String name = ManagementFactory.getRuntimeMXBean().getName();
        this.node = name.length() <= 100 ? name : name.substring(0, 100);
    }

    @Scheduled(cron = "${gazette.outbox.cron:*/5 * * * * *}")
    void scheduled() {
        runDue();
        jobs.prune(clock.instant().minus(KEEP_FINISHED));
    }

    /** Claims and runs the jobs due now, a batch at a time; how many this node ran. */
    public int runDue() {
        int ran = 0;
        for (List<Long> due = jobs.due(clock.instant(), BATCH); !due.isEmpty(); ) {
            int before = ran;
            for (long id : due) {
                String claimant = node + "/" + UUID.randomUUID();
                Instant now = clock.instant();
                if (jobs.claim(id, claimant, now, now.plus(CLAIM))) {
                    run(jobs.find(id), claimant);
                    ran++;
                }
            }
            due = ran == before ? List.of() : jobs.due(clock.instant(), BATCH);
        }
        return ran;
    }

    private void run(OutboxJobs.Row row, String claimant) {
        int attempt = row.attempts() + 1;
        Optional<Instant> next = Backoff.next(row.createdAt(), attempt, clock.instant());
        OutboxJob job = new OutboxJob(row.id(), row.kind(), row.payload(), attempt, row.createdAt(), next.isEmpty());
        OutboxResult result = handle(job);
        Instant now = clock.instant();
        if (result.done()) {
            jobs.done(row.id(), claimant, now);
        } else if (next.isPresent()) {
            jobs.retry(
                    row.id(),
                    claimant,
                    Backoff.next(row.createdAt(), attempt, now).orElse(next.get()),
                    result.error());
        } else {
            log.warn("Gave up outbox job {} ({}) after {} attempts: {}", row.id(), row.kind(), attempt, result.error());
            jobs.giveUp(row.id(), claimant, now, result.error());
        }
    }

    private OutboxResult handle(OutboxJob job) {
        OutboxHandler handler = handlers.get(job.kind());
        if (handler == null) {
            return OutboxResult.failed("no handler for " + job.kind());
        }
        try {
            return handler.handle(job);
        } catch (RuntimeException e) {
            log.warn("Outbox job {} ({}) failed", job.id(), job.kind(), e);
            return OutboxResult.failed(e.getClass().getSimpleName());
        }
    }
}
