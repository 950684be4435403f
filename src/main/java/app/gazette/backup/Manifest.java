package app.gazette.backup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * manifest.json: which format and version, the Gazette schema (Flyway) version it was taken from,
 * when, whether commenters' IP addresses and browsers are in it, and how many rows each file holds.
 */
record Manifest(
        String format,
        int formatVersion,
        String schemaVersion,
        Instant exportedAt,
        boolean commenterPersonalData,
        Map<String, Long> counts) {

    void write(JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("format", format);
        json.writeNumberProperty("formatVersion", formatVersion);
        json.writeStringProperty("schemaVersion", schemaVersion);
        json.writeStringProperty("exportedAt", exportedAt.toString());
        json.writeBooleanProperty("commenterPersonalData", commenterPersonalData);
        json.writeName("counts");
        json.writeStartObject();
        counts.forEach(json::writeNumberProperty);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** @throws BackupRefused if this is not a Gazette manifest */
    static Manifest read(byte[] bytes, JsonMapper mapper) {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || !root.isObject() || !isFormatName(root.get("format"))) {
                throw new BackupRefused("backup.error.otherFormat");
            }
            JsonNode version = root.get("formatVersion");
            JsonNode schema = root.get("schemaVersion");
            JsonNode exported = root.get("exportedAt");
            JsonNode personal = root.get("commenterPersonalData");
            JsonNode counts = root.get("counts");
            if (version == null
                    || !version.isInt()
                    || schema == null
                    || !schema.isString()
                    || exported == null
                    || !exported.isString()
                    || personal == null
                    || !personal.isBoolean()
                    || counts == null
                    || !counts.isObject()) {
                throw new BackupRefused("backup.error.manifest");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table table : BackupFormat.TABLES) {
                if (!BackupFormat.carries(version.intValue(), table)) {
                    rows.put(table.name(), 0L);
                    continue;
                }
                JsonNode count = counts.get(table.name());
                if (count == null || !count.isIntegralNumber() || !count.canConvertToLong() || count.longValue() < 0) {
                    throw new BackupRefused("backup.error.manifest");
                }
                rows.put(table.name(), count.longValue());
            }
            return new Manifest(
                    BackupFormat.NAME,
                    version.intValue(),
                    schema.stringValue(),
                    Instant.parse(exported.stringValue()),
                    personal.booleanValue(),
                    rows);
        } catch (JacksonException | DateTimeParseException e) {
            throw new BackupRefused("backup.error.manifest");
        }
    }

    private static boolean isFormatName(JsonNode node) {
        return node != null && node.isString() && BackupFormat.NAME.equals(node.stringValue());
    }
}
