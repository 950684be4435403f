package app.gazette.site;

import app.gazette.comment.ModerationMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
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

    public record Comments(@NotNull ModerationMode moderation) {
    }

    public record Admin(@NotBlank String username, String password) {
    }
}
