-- Failed sign-ins per (login lower-cased, client address) and the lock they earned: checked
-- before a password is, shared by every app node, kept across restarts. A success deletes the row.
CREATE TABLE login_attempts (
    username     VARCHAR(100) NOT NULL,
    ip           VARCHAR(64)  NOT NULL,
    failures     INTEGER      NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    lock_level   INTEGER      NOT NULL,
    CONSTRAINT pk_login_attempts PRIMARY KEY (username, ip)
);
CREATE INDEX ix_login_attempts_window ON login_attempts (window_start);

-- Failed sign-ins per client address in the current hour, whatever the login.
CREATE TABLE login_ip_failures (
    ip           VARCHAR(64) NOT NULL,
    failures     INTEGER     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_ip_failures PRIMARY KEY (ip)
);
