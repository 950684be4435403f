package app.gazette.article;

import app.gazette.label.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A news article. Readers see it when it is PUBLISHED and its publish time has come, so a scheduled
 * article appears without any job running. Markdown is rendered to sanitised HTML once, at save time.
 */
@Entity
@Table(name = "articles")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String excerpt;

    @Column(nullable = false)
    private String summary;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    /** yyyyMM of the publish time in the site's time zone: the permalink's and archive's month. */
    @Column(name = "publish_month")
    private Integer publishMonth;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Byline author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private Byline updatedBy;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    @ManyToMany
    @JoinTable(
            name = "article_labels",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new LinkedHashSet<>();

    @Embedded
    private FeaturedImage featured;

    @Embedded
    private EditorialMarks marks;

    protected Article() {}

    Article(String slug, Byline author, Instant now) {
        this.slug = slug;
        this.author = author;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(String title, String excerpt, String bodyMarkdown, RenderedBody body, Instant now) {
        this.title = title;
        this.excerpt = excerpt;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = body.html();
        this.summary = excerpt != null && !excerpt.isBlank() ? excerpt : body.firstParagraph();
        this.updatedAt = now;
    }

    void publish(Instant at, int month) {
        this.status = ArticleStatus.PUBLISHED;
        this.publishAt = at;
        this.publishMonth = month;
    }

    void unpublish() {
        this.status = ArticleStatus.DRAFT;
    }

    void submit() {
        this.status = ArticleStatus.REVIEW;
    }

    void trash() {
        this.status = ArticleStatus.TRASHED;
    }

    void restore() { // from the trash, as a draft
        this.status = ArticleStatus.DRAFT;
    }

    void rename(String slug) {
        this.slug = slug;
    }

    void savedBy(Byline user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    void feature(FeaturedImage image) {
        this.featured = image;
    }

    FeaturedImage featured() { // null without a picture
        return featured == null || featured.mediaId() == null ? null : featured;
    }

    /** Its notes' time, lead and featured marks; never null (Hibernate loads null columns as null). */
    EditorialMarks marks() {
        return marks != null ? marks : (marks = new EditorialMarks());
    }

    void openComments(boolean open) {
        this.commentsOpen = open;
    }

    public boolean isScheduledAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    void label(Set<Label> labels) {
        this.labels.clear();
        this.labels.addAll(labels);
    }

    public boolean isVisibleAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Integer getPublishMonth() {
        return publishMonth;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public String authorName() { // the byline
        return author.getDisplayName();
    }

    public String authorUsername() {
        return author.getUsername();
    }

    public String lastSavedByName() { // the author when nobody else saved
        return updatedBy != null ? updatedBy.getDisplayName() : author.getDisplayName();
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    /** The names of its labels, in the order of their case-insensitive keys. */
    public List<String> labelNames() {
        return labels.stream()
                .sorted(Comparator.comparing(Label::getSlug))
                .map(Label::getName)
                .toList();
    }
}
