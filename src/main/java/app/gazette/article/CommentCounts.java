package app.gazette.article;

import java.util.Collection;
import java.util.Map;

/** How many approved comments articles have: the comment feature answers it for the newsroom's list. */
public interface CommentCounts {

    /** Article id to its number of approved comments; articles without any may be left out. */
    Map<Long, Long> approvedCounts(Collection<Long> articleIds);
}
