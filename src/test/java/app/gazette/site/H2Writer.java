package app.gazette.site;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Child process of {@link H2DurabilityTest}: inserts rows one by one with autocommit and prints
 * each id only after the commit was acknowledged, until it is killed.
 */
public final class H2Writer {

    private H2Writer() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists acked (id bigint primary key, payload varchar(200))");
            }
            out.println("READY");
            out.flush();
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into acked (id, payload) values (?, ?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "row " + id);
                    insert.executeUpdate();
                    out.println(id);
                    out.flush();
                }
            }
        }
    }
}
