/**
 * The demo profile's articles and comments (through the article and comment APIs), and the
 * benchmark's bulk seeder ({@code gazette.seed.articles}), which fills {@code articles},
 * {@code article_labels} and {@code comments} by JDBC batches with ids of its own: benchmark data only.
 */
@ApplicationModule(
        displayName = "Demo and benchmark data",
        allowedDependencies = {"article", "comment", "label", "media", "pagecache", "shared", "user"})
package app.gazette.demo;

import org.springframework.modulith.ApplicationModule;
