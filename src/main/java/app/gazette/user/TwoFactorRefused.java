package app.gazette.user;

import app.gazette.security.LoginLock;
import java.util.Optional;

/** A two-factor code (or password) that was refused, and why; a locked sign-in carries its lock. */
public class TwoFactorRefused extends RuntimeException {

    public enum Reason {
        WRONG_CODE,
        WRONG_CODE_OR_PASSWORD,
        LOCKED,
        ALREADY_ON,
        NOT_ON;

        /** The message code, for example twofactor.refused.WRONG_CODE. */
        public String code() {
            return "twofactor.refused." + name();
        }
    }

    private final Reason reason;
    private final transient LoginLock lock;

    public TwoFactorRefused(Reason reason) {
        this(reason, null);
    }

    public TwoFactorRefused(Reason reason, LoginLock lock) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.lock = lock;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<LoginLock> lock() {
        return Optional.ofNullable(lock);
    }
}
