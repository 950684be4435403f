package app.gazette.operations.web;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /actuator/health on the site's port, as before Actuator moved to the management port: the overall status
 * only ({"status":"UP"}, 503 when down), for load balancers and scripts that know this address. Where the
 * management port is the site's port, Actuator's own mapping answers first.
 */
@RestController
class SiteHealthController {

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    SiteHealthController(HealthEndpoint health, ObjectProvider<HttpCodeStatusMapper> statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes.getIfAvailable(() -> HttpCodeStatusMapper.DEFAULT);
    }

    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        Status status = health.health().getStatus();
        return ResponseEntity.status(statusCodes.getStatusCode(status))
                .cacheControl(CacheControl.noStore())
                .body(Map.of("status", status.getCode()));
    }
}
