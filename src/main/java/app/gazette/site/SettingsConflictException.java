package app.gazette.site;

/** Someone else saved the settings since the form was opened: answered with 409 and the form again. */
public class SettingsConflictException extends RuntimeException {

    public SettingsConflictException() {
        super(null, null, false, false);
    }
}
