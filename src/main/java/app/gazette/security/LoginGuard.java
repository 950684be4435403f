package app.gazette.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force protection for the sign-in form, kept in the database so that every node sees the
 * same locks and a restart forgets none. A lock applies to one login from one address, so an
 * attacker elsewhere cannot lock the real user out; an address is also stopped after 100
 * failures in an hour, whatever logins it tries. Logs every sign-in, never a password. The same
 * locks guard the current-password check of the account page, per member (whatever the address),
 * counted in a transaction of their own so that the refused change does not roll them back.
 */
@Service
public class LoginGuard {

    /** Request attribute: the {@link LoginLock} of a refused sign-in. */
    public static final String LOCK = LoginGuard.class.getName() + ".lock";

    /** The address column of a current-password check: no client address looks like it. */
    static final String PASSWORD_CHECK = "(current password)";

    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

    private final LoginAttemptRepository attempts;
    private final IpFailuresRepository addresses;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;

    LoginGuard(
            LoginAttemptRepository attempts,
            IpFailuresRepository addresses,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.addresses = addresses;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        Optional<Instant> lock = inTransaction(tx, () -> countFailure(key, clock.instant(), true));
        lock.ifPresent(until -> log.warn(
                "login locked for '{}' from {} until {}", printable(key.username()), printable(key.ip()), until));
    }

    public void succeeded(String username, String ip) {
        LoginKey key = LoginKey.of(username, ip);
        log.info("login ok for '{}' from {}", printable(key.username()), printable(key.ip()));
        tx.executeWithoutResult(status -> attempts.findById(key).ifPresent(attempts::delete));
    }

    /** The lock on checking this member's current password, if there is one now. */
    public Optional<LoginLock> passwordCheckLock(String username) {
        Instant now = clock.instant();
        return ownTx.execute(status -> attempts.findById(LoginKey.of(username, PASSWORD_CHECK))
                .flatMap(attempt -> attempt.lockedUntil(now))
                .map(until -> new LoginLock(until, Duration.between(now, until))));
    }

    /** Counts a wrong current password; returns the lock it caused, if it caused one. */
    public Optional<LoginLock> passwordCheckFailed(String username) {
        LoginKey key = LoginKey.of(username, PASSWORD_CHECK);
        Instant now = clock.instant();
        log.warn("current password wrong for '{}'", printable(key.username()));
        return inTransaction(ownTx, () -> countFailure(key, now, false))
                .map(until -> new LoginLock(until, Duration.between(now, until)));
    }

    public void passwordCheckSucceeded(String username) {
        LoginKey key = LoginKey.of(username, PASSWORD_CHECK);
        ownTx.executeWithoutResult(status -> attempts.findById(key).ifPresent(attempts::delete));
    }

    private Optional<Instant> countFailure(LoginKey key, Instant now, boolean countAddress) {
        LoginAttempt attempt = attempts.lockByKey(key).orElseGet(() -> new LoginAttempt(key, now));
        Optional<Instant> lock = attempt.fail(now);
        attempts.saveAndFlush(attempt);
        if (!countAddress) {
            return lock;
        }
        IpFailures address = addresses.lockByIp(key.ip()).orElseGet(() -> new IpFailures(key.ip(), now));
        address.fail(now);
        addresses.saveAndFlush(address);
        return lock;
    }

    /** A first failure on two nodes at once inserts the same row twice: the loser counts again. */
    private static <T> T inTransaction(TransactionTemplate tx, Supplier<T> work) {
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
