package app.gazette.media.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the picture and, optionally, its alt text. */
record MediaUploadForm(MultipartFile file, @Size(max = 250) String alt) {

    static MediaUploadForm blank() {
        return new MediaUploadForm(null, "");
    }

    /** What to show again in the form: everything but the file, which a browser cannot be given back. */
    MediaUploadForm withoutFile() {
        return new MediaUploadForm(null, alt);
    }
}
