package app.gazette.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force protection for the sign-in form, kept in the database so that every node sees the
 * same locks and a restart forgets none. A lock applies to one login from one address, so an
 * attacker elsewhere cannot lock the real user out; an address is also stopped after 100
 * failures in an hour, whatever logins it tries. Logs every sign-in, never a password.
 */
@Service
public class LoginGuard {

    /** Request attribute: the {@link LoginLock} of a refused sign-in. */
    public static final String LOCK = LoginGuard.class.getName() + ".lock";

    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

    private final LoginAttemptRepository attempts;
    private final IpFailuresRepository addresses;
    private final Clock clock;
    private final TransactionTemplate tx;

    LoginGuard(
            LoginAttemptRepository attempts,
            IpFailuresRepository addresses,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.addresses = addresses;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The lock on this login from this address, if there is one now. */
    public Optional<LoginLock> lock(String username, String ip) {
        LoginKey key = LoginKey.of(username, ip);
        Instant now = clock.instant();
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> Stream.of(
                        attempts.findById(key).flatMap(attempt -> attempt.lockedUntil(now)),
                        addresses.findById(key.ip()).flatMap(address -> address.blockedUntil(now)))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .map(until -> new LoginLock(until, Duration.between(now, until))));
    }

    public void failed(String username, String ip) {
        LoginKey key = LoginKey.of(username, ip);
        log.warn("login failed for '{}' from {}", printable(key.username()), printable(key.ip()));
        Optional<Instant> lock = inTransaction(() -> countFailure(key, clock.instant()));
        lock.ifPresent(until -> log.warn(
                "login locked for '{}' from {} until {}", printable(key.username()), printable(key.ip()), until));
    }

    public void succeeded(String username, String ip) {
        LoginKey key = LoginKey.of(username, ip);
        log.info("login ok for '{}' from {}", printable(key.username()), printable(key.ip()));
        tx.executeWithoutResult(status -> attempts.findById(key).ifPresent(attempts::delete));
    }

    private Optional<Instant> countFailure(LoginKey key, Instant now) {
        LoginAttempt attempt = attempts.lockByKey(key).orElseGet(() -> new LoginAttempt(key, now));
        Optional<Instant> lock = attempt.fail(now);
        attempts.saveAndFlush(attempt);
        IpFailures address = addresses.lockByIp(key.ip()).orElseGet(() -> new IpFailures(key.ip(), now));
        address.fail(now);
        addresses.saveAndFlush(address);
        return lock;
    }

    /** A first failure on two nodes at once inserts the same row twice: the loser counts again. */
    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException raced) {
            return tx.execute(status -> work.get());
        }
    }

    /** Logins are typed by anyone: no line breaks or control characters reach the log. */
    static String printable(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
