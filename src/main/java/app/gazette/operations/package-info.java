/**
 * Running Gazette in production: the request id each request carries through the logs (from the proxy's
 * {@code X-Request-Id}, or a new one) and echoes in its response, and the health status on the site's port
 * (Actuator itself, with its health groups and Prometheus metrics, is on the management port). Owns no table
 * and uses no feature.
 */
@ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {})
package app.gazette.operations;

import org.springframework.modulith.ApplicationModule;
