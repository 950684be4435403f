package app.gazette.importing.web;

import org.springframework.web.multipart.MultipartFile;

/** The import form: a Blogger or WordPress export file. */
record ImportForm(MultipartFile file) {

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    /** The file's own name, without any folder a browser sent, at most 255 characters. */
    String fileName() {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.isEmpty() ? "export.xml" : name.substring(0, Math.min(name.length(), 255));
    }
}
