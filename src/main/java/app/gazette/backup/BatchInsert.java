package app.gazette.backup;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs one statement for many rows, a batch at a time, so memory holds one batch. */
final class BatchInsert implements RowReader.Rows {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<ColumnType> types;
    private final int batchSize;
    private final List<Object[]> batch;

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
        if (batch.size() >= batchSize) {
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
    }
}
