package app.gazette.importing;

import app.gazette.article.BulkArticles;
import app.gazette.comment.BulkComments;
import app.gazette.label.BulkLabels;
import app.gazette.user.AuthorAccounts;
import org.springframework.stereotype.Component;

/** What an import writes into, each through its owner's bulk API. */
@Component
record ImportTargets(BulkArticles articles, BulkLabels labels, AuthorAccounts authors, BulkComments comments) {}
