package app.gazette;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GazetteApplication {

    public static void main(String[] args) {
        SpringApplication.run(GazetteApplication.class, args);
    }
}
