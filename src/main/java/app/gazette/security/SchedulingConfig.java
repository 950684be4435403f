package app.gazette.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (such as {@link StaleSignIns}) run in the application, not in test slices. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
