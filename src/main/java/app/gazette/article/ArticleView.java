package app.gazette.article;

import app.gazette.shared.LabelLink;
import java.time.Instant;
import java.util.List;

/**
 * An article as its page shows it; bodyHtml is already sanitised. isoTime and updatedIso are to the
 * whole second for pages; publishAt is exact, for finding the neighbours;
 * featured is null without a picture; updated is the newest note's date and time, or the last save's
 * when it came after publishing (see ArticleViews), else null; notes are its corrections and updates,
 * newest first.
 */
public record ArticleView(
        long id,
        String title,
        String permalink,
        String authorName,
        String dateHeader,
        String time,
        String isoTime,
        String summary,
        String bodyHtml,
        List<LabelLink> labels,
        boolean commentsOpen,
        String authorUsername,
        String updatedIso,
        Instant publishAt,
        FeaturedView featured,
        int readingMinutes,
        String updated,
        List<RelatedStory> related,
        List<NoteView> notes) {}
