package app.gazette.importing;

import java.util.Arrays;

/**
 * An export that cannot be imported, and why: a message key of i18n/admin-import.properties with
 * its arguments (line and column numbers, element names; never text from the file). Thrown before or
 * during the import's transaction, so the site stays as it was.
 */
public class ImportRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ImportRefused(String code, Object... args) {
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
        return "ImportRefused[" + code + " " + Arrays.toString(args) + "]";
    }
}
