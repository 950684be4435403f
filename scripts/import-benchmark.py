"""Writes the import benchmark's exports: scripts/import-benchmark.sh runs it.

Usage: import-benchmark.py DIR POSTS COMMENTS BODY_BYTES
Writes DIR/wordpress.xml (WXR 1.2) and DIR/blogger.xml (a Blogger backup), each with POSTS posts
and COMMENTS comments (every third a reply), bodies of about BODY_BYTES of HTML.
"""
import random
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

out, posts, comments, body_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(8)
WORDS = ("harbour council bridge budget river ferry market school library mayor vote storm flood road "
         "festival museum hospital train station park election theatre").split()
LABELS = [f"{w.title()} {n}" for n in range(3) for w in WORDS]
AUTHORS = [(f"writer{n}", f"Writer {n}", f"writer{n}@example.org") for n in range(20)]
START = datetime(2012, 1, 1, tzinfo=timezone.utc)


def sentence():
    return " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "."


def body():
    paragraphs, size = [], 0
    while size < body_bytes:
        p = f"<p>{sentence()} <b>{sentence()}</b> <a href=\"https://example.org/{rng.randrange(999)}\">link</a></p>"
        paragraphs.append(p)
        size += len(p)
    return "\n".join(paragraphs)


def when(i):
    return START + timedelta(hours=9 * i, minutes=rng.randrange(60))


def per_post(i):
    return comments // posts + (1 if i < comments % posts else 0)


def wordpress(f):
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Benchmark</title>\n'
            '<wp:wxr_version>1.2</wp:wxr_version>\n')
    for login, name, email in AUTHORS:
        f.write(f"<wp:author><wp:author_login>{login}</wp:author_login><wp:author_email>{email}</wp:author_email>"
                f"<wp:author_display_name>{name}</wp:author_display_name></wp:author>\n")
    cid = 0
    for i in range(posts):
        t, slug = when(i), f"post-{i}-{rng.choice(WORDS)}"
        status = "draft" if i % 50 == 0 else "private" if i % 97 == 0 else "publish"
        f.write(f"<item><title>Post {i}: {escape(sentence())}</title>"
                f"<link>https://blog.example.org/{t:%Y/%m/%d}/{slug}/</link>"
                f"<dc:creator>{AUTHORS[i % 20][0]}</dc:creator>"
                f"<guid isPermaLink=\"false\">https://blog.example.org/?p={i + 1}</guid>"
                f"<content:encoded><![CDATA[{body()}]]></content:encoded>"
                f"<wp:post_id>{i + 1}</wp:post_id><wp:post_date_gmt>{t:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                f"<wp:post_modified_gmt>{t:%Y-%m-%d %H:%M:%S}</wp:post_modified_gmt>"
                f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>"
                f"<wp:post_type>post</wp:post_type>")
        for label in rng.sample(LABELS, 3):
            f.write(f'<category domain="post_tag" nicename="{label.lower().replace(" ", "-")}">{label}</category>')
        first = cid + 1
        for c in range(per_post(i)):
            cid += 1
            parent = first if c % 3 == 2 else 0
            ct = t + timedelta(minutes=10 * (c + 1))
            f.write(f"<wp:comment><wp:comment_id>{cid}</wp:comment_id>"
                    f"<wp:comment_author>Reader {cid % 500}</wp:comment_author>"
                    f"<wp:comment_author_email>reader{cid % 500}@example.net</wp:comment_author_email>"
                    f"<wp:comment_date_gmt>{ct:%Y-%m-%d %H:%M:%S}</wp:comment_date_gmt>"
                    f"<wp:comment_content><![CDATA[{sentence()}\n{sentence()}]]></wp:comment_content>"
                    f"<wp:comment_approved>{'0' if cid % 10 == 0 else '1'}</wp:comment_approved>"
                    f"<wp:comment_type>comment</wp:comment_type><wp:comment_parent>{parent}</wp:comment_parent>"
                    f"</wp:comment>")
        f.write("</item>\n")
    f.write("</channel>\n</rss>\n")


def blogger(f):
    kind = "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#{}'/>"
    f.write("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:thr='http://purl.org/syndication/thread/1.0'>\n<id>tag:blogger.com,1999:blog-9.archive</id>\n"
            "<title type='text'>Benchmark</title>\n<generator version='7.00' uri='http://www.blogger.com'>Blogger"
            "</generator>\n")
    cid = 10_000_000
    for i in range(posts):
        t, slug = when(i), f"post-{i}-{rng.choice(WORDS)}"
        post_id = f"tag:blogger.com,1999:blog-9.post-{i + 1}"
        url = f"https://bench.blogspot.com/{t:%Y/%m}/{slug}.html"
        draft = "<app:control xmlns:app='http://purl.org/atom/app#'><app:draft>yes</app:draft></app:control>" \
            if i % 50 == 0 else ""
        labels = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{l}'/>"
                         for l in rng.sample(LABELS, 3))
        name, email = AUTHORS[i % 20][1], AUTHORS[i % 20][2]
        f.write(f"<entry><id>{post_id}</id><published>{t.isoformat()}</published><updated>{t.isoformat()}</updated>"
                f"{kind.format('post')}{labels}<title type='text'>Post {i}: {escape(sentence())}</title>"
                f"<content type='html'>{escape(body())}</content>"
                f"<link rel='alternate' type='text/html' href='{url}'/>"
                f"<author><name>{name}</name><email>{email}</email></author>{draft}</entry>\n")
        first = cid + 1
        for c in range(per_post(i)):
            cid += 1
            ct = (t + timedelta(minutes=10 * (c + 1))).isoformat()
            parent = (f"<link rel='related' type='application/atom+xml' "
                      f"href='https://www.blogger.com/feeds/9/{i + 1}/comments/default/{first}'/>") if c % 3 == 2 else ""
            f.write(f"<entry><id>tag:blogger.com,1999:blog-9.post-{cid}</id><published>{ct}</published>"
                    f"<updated>{ct}</updated>{kind.format('comment')}<title type='text'>c</title>"
                    f"<content type='html'>{escape(sentence())}&lt;br /&gt;{escape(sentence())}</content>{parent}"
                    f"<author><name>Reader {cid % 500}</name></author>"
                    f"<thr:in-reply-to href='{url}' ref='{post_id}' type='text/html'/></entry>\n")
    f.write("</feed>\n")


with open(f"{out}/wordpress.xml", "w", encoding="utf-8") as f:
    wordpress(f)
with open(f"{out}/blogger.xml", "w", encoding="utf-8") as f:
    blogger(f)
