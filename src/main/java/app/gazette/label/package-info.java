/**
 * Labels (tags; table {@code labels}): finding one by name whatever its case, creating the ones an
 * article names ({@link app.gazette.label.BulkLabels} for imports), and the names for the editor. Articles carry labels (the article feature owns
 * {@code article_labels} and the counts of visible articles per label).
 */
@ApplicationModule(
        displayName = "Labels",
        allowedDependencies = {"pagecache", "shared"})
package app.gazette.label;

import org.springframework.modulith.ApplicationModule;
