package app.gazette.audit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/** {@code gazette.audit.retention}: how long entries are kept (a number means days; default 365). */
@ConfigurationProperties("gazette.audit")
record AuditProperties(
        @DefaultValue("365") @DurationUnit(ChronoUnit.DAYS) Duration retention) {}
