package app.gazette.backup;

import java.util.Arrays;

/**
 * A backup that cannot be restored, and why: a message key of i18n/admin-backup.properties with
 * its arguments (file names, line numbers, field names of the format; never text from the file).
 * Thrown before or during the restore's transaction, so the site stays as it was.
 */
public class BackupRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public BackupRefused(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "BackupRefused[" + code + " " + Arrays.toString(args) + "]";
    }
}
