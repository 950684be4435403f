package app.gazette.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the site as a zip: the manifest, then each table a page of rows at a time (keyset
 * paging), then the pictures' files, so memory holds one page however large the site. Callers run it in one read-only,
 * repeatable-read transaction, so that the counts and the rows are one consistent snapshot.
 */
class BackupExporter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null)
            .build();

    private final JdbcTemplate jdbc;
    private final PictureFiles pictures;

    BackupExporter(JdbcTemplate jdbc, PictureFiles pictures) {
        this.jdbc = jdbc;
        this.pictures = pictures;
    }

    void write(OutputStream out, String schemaVersion, Instant now, boolean commenterPersonalData) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : BackupFormat.TABLES) {
            counts.put(table.name(), jdbc.queryForObject("SELECT COUNT(*) FROM " + table.name(), Long.class));
        }
        zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), zip)) {
            new Manifest(BackupFormat.NAME, BackupFormat.VERSION, schemaVersion, now, commenterPersonalData, counts)
                    .write(json);
        }
        zip.closeEntry();
        for (Table table : BackupFormat.TABLES) {
            zip.putNextEntry(new ZipEntry(table.file()));
            try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), zip)) {
                writeRows(table, json, commenterPersonalData || table != BackupFormat.COMMENTS);
            }
            zip.closeEntry();
        }
        pictures.export(zip);
        zip.finish();
    }

    private void writeRows(Table table, JsonGenerator json, boolean personalData) {
        List<Column> columns = table.columns();
        int[] keys = table.key().stream().mapToInt(table::indexOf).toArray();
        Object[] last = null;
        while (true) {
            List<Object[]> page = new ArrayList<>(table.pageSize());
            jdbc.query(
                    table.pageSql(last == null),
                    row -> {
                        Object[] values = new Object[columns.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = columns.get(i).type().read(row, i + 1);
                        }
                        page.add(values);
                    },
                    last == null ? new Object[0] : keyValues(last, keys));
            for (Object[] values : page) {
                json.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    Column column = columns.get(i);
                    boolean left = !personalData && BackupFormat.COMMENTER_PERSONAL_DATA.contains(column.name());
                    json.writeName(column.name());
                    if (values[i] == null || left) {
                        json.writeNull();
                    } else {
                        column.type().write(json, values[i]);
                    }
                }
                json.writeEndObject();
                json.writeRaw('\n');
            }
            if (page.size() < table.pageSize()) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }

    private static Object[] keyValues(Object[] row, int[] keys) {
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = row[keys[i]];
        }
        return values;
    }

    /** The zip must not close the response stream: the servlet container does. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
