package app.gazette.backup.web;

import org.springframework.web.multipart.MultipartFile;

/** The restore form: the backup file and whether the admin agreed to replace a site with content. */
record RestoreForm(MultipartFile file, Boolean replace) {

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    /** An unticked box is not sent at all. */
    boolean replacing() {
        return Boolean.TRUE.equals(replace);
    }
}
