package app.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** The running connector writes pages in 32 KB pieces and bounds what its open connections hold. */
@AppTest
class TomcatTuningTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void theConnectorWritesInPiecesOf32KilobytesToAtMost2048ConnectionsIdleFor10Seconds() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("32768");
        assertThat(connector.getProperty("maxConnections")).hasToString("2048");
        assertThat(connector.getProperty("keepAliveTimeout")).hasToString("10000");
    }
}
