package app.gazette.user;

import app.gazette.security.LoginGuard;
import app.gazette.security.LoginLock;
import app.gazette.shared.NotFoundException;
import app.gazette.user.TwoFactorChanged.Change;
import app.gazette.user.TwoFactorRefused.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in for staff: enrolment (a pending secret, shown as a QR code, turned on by a
 * right code, with ten recovery codes), the sign-in code, turning it off, and the admin's "required
 * for all staff". Kept in the database, so every node agrees: a code's time-step is claimed by a
 * conditional update (a code used once is refused after, on any node), a recovery code likewise.
 * Wrong sign-in codes count in the sign-in lock ({@link LoginGuard}) of that login and address; a
 * refusal keeps what was counted and claimed. Each change is announced as a {@link TwoFactorChanged}.
 */
@Service
@Transactional(noRollbackFor = TwoFactorRefused.class)
public class TwoFactorService {

    private final JdbcTemplate jdbc;
    private final LoginGuard guard;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String issuer;

    TwoFactorService(
            JdbcTemplate jdbc,
            LoginGuard guard,
            PasswordEncoder passwords,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${gazette.two-factor.issuer:Gazette}") String issuer) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
        this.issuer = issuer;
    }

    /** How this member signs in, as the account page shows it. */
    @Transactional(readOnly = true)
    public AccountSecurity status(String username) {
        Account account = account(username);
        Integer left = jdbc.queryForObject(
                "SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = ? AND used_at IS NULL",
                Integer.class,
                account.id());
        Boolean mustChange =
                jdbc.queryForObject("SELECT must_change_password FROM users WHERE id = ?", Boolean.class, account.id());
        return new AccountSecurity(
                account.enabled(), left == null ? 0 : left, required(), Boolean.TRUE.equals(mustChange));
    }

    @Transactional(readOnly = true)
    public boolean required() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT two_factor_required FROM staff_sign_in_policy WHERE id = 1", Boolean.class));
    }

    /** An admin requires (or no longer requires) two-factor sign-in of all staff; announced if it changed. */
    public void require(boolean required) {
        int changed = jdbc.update(
                "UPDATE staff_sign_in_policy SET two_factor_required = ? WHERE id = 1 AND two_factor_required <> ?",
                required,
                required);
        if (changed == 1) {
            Change change = required ? Change.REQUIRED_FOR_STAFF : Change.NOT_REQUIRED_FOR_STAFF;
            events.publishEvent(new TwoFactorChanged(null, change));
        }
    }

    /** The secret being enrolled, made now unless one is pending. @throws TwoFactorRefused if already on */
    public String pendingSecret(String username) {
        Account account = account(username);
        if (account.enabled()) {
            throw new TwoFactorRefused(Reason.ALREADY_ON);
        }
        if (account.secret() != null) {
            return account.secret();
        }
        String secret = Totp.newSecret();
        jdbc.update("UPDATE users SET totp_secret = ? WHERE id = ?", secret, account.id());
        return secret;
    }

    /** The otpauth:// address of the pending secret (what the QR code holds). */
    public String pendingUri(String username) {
        return Totp.uri(pendingSecret(username), issuer, username);
    }

    /** The QR code (PNG) of the pending secret. */
    public byte[] pendingQrCode(String username) {
        return Totp.qrPng(pendingSecret(username), issuer, username);
    }

    /**
     * Turns two-factor sign-in on with a right code of the pending secret.
     *
     * @return the ten recovery codes, shown once
     * @throws TwoFactorRefused if the code is wrong or nothing is pending
     */
    public List<String> confirm(String username, String code) {
        Account account = account(username);
        if (account.enabled() || account.secret() == null) {
            throw new TwoFactorRefused(account.enabled() ? Reason.ALREADY_ON : Reason.WRONG_CODE);
        }
        long step = Totp.matchingStep(account.secret(), code, clock.instant())
                .orElseThrow(() -> new TwoFactorRefused(Reason.WRONG_CODE));
        jdbc.update(
                "UPDATE users SET totp_enabled_at = ?, totp_last_step = ? WHERE id = ?",
                clock.instant(),
                step,
                account.id());
        events.publishEvent(new TwoFactorChanged(username, Change.ENABLED));
        return newRecoveryCodes(account.id());
    }

    /**
     * The second step of signing in: a code from the app (not used before) or an unused recovery
     * code. @throws TwoFactorRefused (LOCKED with the lock, or WRONG_CODE)
     */
    public void signIn(String username, String code, String ip) {
        Optional<LoginLock> lock = guard.lock(username, ip);
        if (lock.isPresent()) {
            throw new TwoFactorRefused(Reason.LOCKED, lock.get());
        }
        Account account = account(username);
        boolean byCode = account.enabled() && claimsStep(account, code);
        boolean byRecoveryCode = account.enabled() && !byCode && spendsRecoveryCode(account, code);
        if (!byCode && !byRecoveryCode) {
            guard.failed(username, ip);
            throw guard.lock(username, ip)
                    .map(locked -> new TwoFactorRefused(Reason.LOCKED, locked))
                    .orElseGet(() -> new TwoFactorRefused(Reason.WRONG_CODE));
        }
        guard.succeeded(username, ip);
        if (byRecoveryCode) {
            events.publishEvent(new TwoFactorChanged(username, Change.RECOVERY_CODE_USED));
        }
    }

    /** Turns it off, with a current code or the password. @throws TwoFactorRefused if neither is right */
    public void disable(String username, String codeOrPassword) {
        Account account = account(username);
        if (!account.enabled()) {
            throw new TwoFactorRefused(Reason.NOT_ON);
        }
        if (guard.passwordCheckLock(username).isPresent()) {
            throw new TwoFactorRefused(Reason.LOCKED);
        }
        boolean right = claimsStep(account, codeOrPassword)
                || codeOrPassword != null && passwords.matches(codeOrPassword, account.passwordHash());
        if (!right) {
            throw guard.passwordCheckFailed(username)
                    .map(locked -> new TwoFactorRefused(Reason.LOCKED, locked))
                    .orElseGet(() -> new TwoFactorRefused(Reason.WRONG_CODE_OR_PASSWORD));
        }
        guard.passwordCheckSucceeded(username);
        jdbc.update(
                "UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = ?",
                account.id());
        jdbc.update("DELETE FROM user_recovery_codes WHERE user_id = ?", account.id());
        events.publishEvent(new TwoFactorChanged(username, Change.DISABLED));
    }

    /** A code of a step after the last one used; claimed in one update, so a replay loses on any node. */
    private boolean claimsStep(Account account, String code) {
        Optional<Long> step = Totp.matchingStep(account.secret(), code, clock.instant());
        return step.isPresent()
                && jdbc.update(
                                "UPDATE users SET totp_last_step = ? WHERE id = ?"
                                        + " AND (totp_last_step IS NULL OR totp_last_step < ?)",
                                step.get(),
                                account.id(),
                                step.get())
                        == 1;
    }

    private boolean spendsRecoveryCode(Account account, String code) {
        if (code == null || Totp.normalised(code).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        return jdbc
                .query(
                        "SELECT id, code_hash FROM user_recovery_codes WHERE user_id = ? AND used_at IS NULL",
                        (row, n) -> new Object[] {row.getLong(1), row.getString(2)},
                        account.id())
                .stream()
                .filter(stored -> RecoveryCodes.matches(code, (String) stored[1]))
                .anyMatch(stored -> jdbc.update(
                                "UPDATE user_recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL",
                                now,
                                stored[0])
                        == 1);
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.update("DELETE FROM user_recovery_codes WHERE user_id = ?", userId);
        List<String> codes = RecoveryCodes.generate();
        jdbc.batchUpdate(
                "INSERT INTO user_recovery_codes (user_id, code_hash) VALUES (?, ?)",
                codes.stream()
                        .map(code -> new Object[] {userId, RecoveryCodes.hash(code)})
                        .toList());
        return codes;
    }

    private Account account(String username) {
        return jdbc
                .query(
                        "SELECT id, totp_secret, totp_enabled_at, password_hash FROM users WHERE username = ?",
                        (row, n) -> new Account(
                                row.getLong(1), row.getString(2), row.getObject(3) != null, row.getString(4)),
                        username)
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private record Account(long id, String secret, boolean enabled, String passwordHash) {}
}
