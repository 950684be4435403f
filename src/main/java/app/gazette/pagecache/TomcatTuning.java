package app.gazette.pagecache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat writes a response to the socket in pieces of at most its write buffer (8 KB by default):
 * a 38 KB page took five system calls, a gzipped 7.6 KB page with its headers two. Each connection
 * holds one such buffer, so server.tomcat.max-connections is lowered with it (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(@Value("${gazette.tomcat.socket-write-buffer}") DataSize writeBuffer) {
        return connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes()));
    }
}
