/**
 * The demo profile's articles and comments, and the benchmark's bulk seeder
 * ({@code gazette.seed.articles}).
 */
@ApplicationModule(displayName = "Demo and benchmark data", allowedDependencies = {"article", "comment", "label", "pagecache", "shared", "user"})
package app.gazette.demo;

import org.springframework.modulith.ApplicationModule;
