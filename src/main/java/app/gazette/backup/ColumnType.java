package app.gazette.backup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;

/**
 * How a column's value travels: read from a row, written as JSON, read back from JSON (null when
 * the JSON value has the wrong type) and bound to an insert. Times are UTC instants in ISO-8601.
 */
enum ColumnType {
    TEXT(Types.VARCHAR) {
        @Override
        Object read(ResultSet row, int index) throws SQLException {
            return row.getString(index);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString((String) value);
        }

        @Override
        Object parse(JsonParser json, JsonToken token) {
            return token == JsonToken.VALUE_STRING ? json.getString() : null;
        }
    },
    INT(Types.INTEGER) {
        @Override
        Object read(ResultSet row, int index) throws SQLException {
            int value = row.getInt(index);
            return row.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeNumber((Integer) value);
        }

        @Override
        Object parse(JsonParser json, JsonToken token) {
            return token == JsonToken.VALUE_NUMBER_INT && json.getNumberType() == NumberType.INT
                    ? json.getIntValue()
                    : null;
        }
    },
    LONG(Types.BIGINT) {
        @Override
        Object read(ResultSet row, int index) throws SQLException {
            long value = row.getLong(index);
            return row.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeNumber((Long) value);
        }

        @Override
        Object parse(JsonParser json, JsonToken token) {
            boolean fits = token == JsonToken.VALUE_NUMBER_INT
                    && (json.getNumberType() == NumberType.INT || json.getNumberType() == NumberType.LONG);
            return fits ? json.getLongValue() : null;
        }
    },
    BOOL(Types.BOOLEAN) {
        @Override
        Object read(ResultSet row, int index) throws SQLException {
            boolean value = row.getBoolean(index);
            return row.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeBoolean((Boolean) value);
        }

        @Override
        Object parse(JsonParser json, JsonToken token) {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
                    ? token == JsonToken.VALUE_TRUE
                    : null;
        }
    },
    TIME(Types.TIMESTAMP_WITH_TIMEZONE) {
        @Override
        Object read(ResultSet row, int index) throws SQLException {
            OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(value.toString());
        }

        @Override
        Object parse(JsonParser json, JsonToken token) {
            if (token != JsonToken.VALUE_STRING) {
                return null;
            }
            try {
                return Instant.parse(json.getString());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        void bind(PreparedStatement insert, int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, sqlType);
            } else {
                insert.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            }
        }
    };

    final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The column's value in this row, or null. */
    abstract Object read(ResultSet row, int index) throws SQLException;

    /** Writes a value that is not null. */
    abstract void write(JsonGenerator json, Object value);

    /** The value of the current (non-null) JSON token, or null if it is not of this type. */
    abstract Object parse(JsonParser json, JsonToken token);

    void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
        } else {
            insert.setObject(index, value, sqlType);
        }
    }
}
