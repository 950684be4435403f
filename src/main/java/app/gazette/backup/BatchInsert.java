package app.gazette.backup;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs one statement for many rows, a batch at a time, so memory holds one batch: at most its size
 * in rows, and at most {@link #MAX_CHARS} characters of text however few rows that is.
 */
final class BatchInsert implements RowReader.Rows {

    static final long MAX_CHARS = 4_000_000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<ColumnType> types;
    private final int batchSize;
    private final List<Object[]> batch;
    private long chars;

    BatchInsert(JdbcTemplate jdbc, String sql, List<ColumnType> types, int batchSize) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.types = types;
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
    }

    static BatchInsert into(JdbcTemplate jdbc, Table table) {
        return new BatchInsert(
                jdbc,
                table.insertSql(),
                table.columns().stream().map(Column::type).toList(),
                table.pageSize());
    }

    @Override
    public void row(Object[] values) {
        batch.add(values);
        for (Object value : values) {
            chars += value instanceof String text ? text.length() : 0;
        }
        if (batch.size() >= batchSize || chars >= MAX_CHARS) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, batch, batchSize, (statement, values) -> {
            for (int i = 0; i < types.size(); i++) {
                types.get(i).bind(statement, i + 1, values[i]);
            }
        });
        batch.clear();
        chars = 0;
    }
}
