/**
 * The small shared kernel every feature may use: view types that pages of several features show
 * ({@link app.gazette.shared.ListPage}, {@link app.gazette.shared.PageView}, {@link app.gazette.shared.DayGroup},
 * {@link app.gazette.shared.FeedLink}, {@link app.gazette.shared.LabelLink}), Blogger date headers and the site's
 * date formats, the canonical form of login names ({@link app.gazette.shared.LoginNames}), the DNS resolver that keeps outgoing HTTP calls off internal
 * addresses ({@link app.gazette.shared.PublicAddresses}),
 * {@link app.gazette.shared.NotFoundException} (the 404 page), and the annotations that mark
 * reader and newsroom controllers. It owns no table and uses no feature.
 */
@ApplicationModule(
        displayName = "Shared kernel",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package app.gazette.shared;

import org.springframework.modulith.ApplicationModule;
