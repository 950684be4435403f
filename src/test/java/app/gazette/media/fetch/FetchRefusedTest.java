package app.gazette.media.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FetchRefusedTest {

    @Test
    void everyReasonHasAMessageForTheImportReport() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/media-fetch.properties")) {
            messages.load(in);
        }
        for (FetchRefused.Reason reason : FetchRefused.Reason.values()) {
            assertThat(messages.getProperty(reason.messageKey()))
                    .as(reason.name())
                    .isNotBlank();
        }
    }
}
