package app.gazette.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Backup limits ({@code gazette.backup.*}): how much a backup's files may unpack to in all. The
 * upload itself is limited to 2 GB (BodySizeLimit and the multipart settings).
 */
@ConfigurationProperties("gazette.backup")
public record BackupProperties(@DefaultValue("2GB") DataSize maxUnpackedSize) {}
