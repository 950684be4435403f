/**
 * Who may do what, and where: {@link app.gazette.security.SiteAreas} (the one list of newsroom,
 * asset and reader paths with their body limits), the two filter chains (stateless readers, newsroom
 * sessions), the same-origin check for comment forms, the sign-in guard with its tables
 * ({@code login_attempts}, {@code login_ip_failures}), the body-size limit (chunked bodies too), safety
 * headers (on Tomcat's own error pages too), 405 for methods no page takes, 400 for undecodable
 * parameters, the sign-in and lock pages, and the steps owed after the password
 * ({@link app.gazette.security.SignInSteps}: second factor, own password, enrolment), which the users
 * feature answers through {@link app.gazette.security.SignInRequirements}. Uses the shared kernel only.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"shared"})
package app.gazette.security;

import org.springframework.modulith.ApplicationModule;
