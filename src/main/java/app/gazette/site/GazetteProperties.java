package app.gazette.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Site configuration ({@code gazette.*} properties, set by environment variables). */
@Validated
@ConfigurationProperties("gazette")
public record GazetteProperties(
        @NotNull ZoneId timeZone,
        @Min(1) @Max(100) int pageSize,
        @NotBlank String dateHeaderPattern,
        @NotBlank String siteTitle,
        String tagline,
        @Valid @NotNull Comments comments,
        @Valid @NotNull Admin admin) {

    /**
     * Comment settings. formSecret signs the comment form's render time (blank: a random secret
     * kept in the database); a form sent sooner than minSeconds after rendering is spam; a reader
     * may post once per floodSeconds (by IP and by email).
     */
    public record Comments(
            @NotNull ModerationMode moderation,
            String formSecret,
            @DefaultValue("3") @Min(0) int minSeconds,
            @DefaultValue("15") @Min(0) int floodSeconds) {

        @ConstructorBinding
        public Comments {}

        /** The production defaults with this moderation mode. */
        public Comments(ModerationMode moderation) {
            this(moderation, null, 3, 15);
        }
    }

    public record Admin(@NotBlank String username, String password) {}
}
