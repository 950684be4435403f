package app.gazette.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's data set, the same on every run: articles one hour apart going back from
 * {@link #END} (index 0 is the newest), three labels and about ten comments each; the article at
 * {@link #HOT} has exactly {@link #HOT_COMMENTS}. Text comes from a fixed random seed.
 */
final class SeedData {

    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    static final int HOT = 3;
    static final int HOT_COMMENTS = 50;
    static final int LABELS_PER_ARTICLE = 3;
    static final List<String> LABELS = List.of(
            "Politics",
            "Economy",
            "Science",
            "Health",
            "Sport",
            "Culture",
            "Technology",
            "Climate",
            "Education",
            "Transport",
            "Housing",
            "Business",
            "World",
            "Local",
            "Opinion",
            "Travel",
            "Food",
            "Music",
            "Film",
            "Books",
            "Energy",
            "Justice",
            "Elections",
            "Weather",
            "Markets",
            "Startups",
            "Space",
            "Football",
            "Tennis",
            "Arts",
            "Media",
            "Farming",
            "Ocean",
            "Cities",
            "Rail",
            "Finance",
            "Jobs",
            "History",
            "Design",
            "Gardens");
    private static final String[] WORDS = ("the council harbour bridge plan city river budget minister school"
                    + " hospital train station market festival report mayor vote election storm summer winter village"
                    + " farmers museum library team match season coach players fans price energy housing rent workers"
                    + " union strike court judge ruling police officers residents street park garden research scientists"
                    + " study data results project funding company shares investors bank rates inflation growth export"
                    + " coast island ferry airport flights tourists hotel restaurant chef menu album concert stage film"
                    + " director novel author prize gallery exhibition painting history archive letter week morning night"
                    + " new old first last local national public private small large early late open closed quiet busy"
                    + " said announced warned agreed refused opened closed visited promised reported asked expected")
            .split(" ");
    private static final String[] FIRST = {
        "Ada", "Ben", "Chloe", "Dev", "Elin", "Farid", "Greta", "Hugo", "Iris", "Jonas", "Keira", "Luca", "Mina",
        "Nils", "Olu", "Petra", "Quinn", "Rosa", "Sami", "Tove"
    };
    private static final String[] LAST = {
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Patel",
        "Kowalski",
        "Haddad",
        "Byrne",
        "Tanaka",
        "Silva",
        "Novak",
        "Ferreira",
        "Nakamura",
        "Olsen",
        "Rossi",
        "Schmidt"
    };

    private final Random random;

    SeedData(long seed) {
        random = new Random(seed);
    }

    /** The article at this index (0: the newest) with its comments. */
    Post post(int index) {
        Instant at = END.minus(Duration.ofHours(index)).minusSeconds(random.nextInt(3000));
        String title = capitalised(words(4 + random.nextInt(6)));
        String slug = title.toLowerCase().replace(' ', '-') + "-" + (index + 1);
        Set<String> labels = new LinkedHashSet<>();
        while (labels.size() < LABELS_PER_ARTICLE) {
            labels.add(LABELS.get(random.nextInt(LABELS.size())));
        }
        String markdown = body();
        int count = index == HOT ? HOT_COMMENTS : 5 + random.nextInt(11);
        List<Reply> replies = new ArrayList<>(count);
        Instant when = at;
        for (int i = 0; i < count; i++) {
            when = when.plusSeconds(60 + random.nextInt(3600));
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            replies.add(new Reply(
                    first + " " + last,
                    (first + "." + last + "@example.org").toLowerCase(),
                    sentences(1 + random.nextInt(3)),
                    when,
                    "198.51.100." + random.nextInt(256)));
        }
        return new Post(index, slug, title, markdown, List.copyOf(labels), at, replies);
    }

    private String body() {
        StringBuilder markdown = new StringBuilder();
        int paragraphs = 3 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p == 2 && random.nextInt(3) == 0) {
                markdown.append("## ")
                        .append(capitalised(words(3 + random.nextInt(3))))
                        .append("\n\n");
            }
            if (p == 3 && random.nextInt(4) == 0) {
                for (int item = 0; item < 3; item++) {
                    markdown.append("- ")
                            .append(capitalised(words(3 + random.nextInt(5))))
                            .append('\n');
                }
                markdown.append('\n');
            }
            markdown.append(sentences(2 + random.nextInt(4)));
            if (random.nextInt(5) == 0) {
                String word = WORDS[random.nextInt(WORDS.length)];
                markdown.append(" More on [the ")
                        .append(word)
                        .append("](https://example.org/")
                        .append(word)
                        .append(").");
            }
            markdown.append("\n\n");
        }
        return markdown.toString().strip();
    }

    private String sentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ")
                    .append(capitalised(words(8 + random.nextInt(14))))
                    .append('.');
        }
        return text.toString();
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    record Post(
            int index,
            String slug,
            String title,
            String markdown,
            List<String> labels,
            Instant publishAt,
            List<Reply> comments) {}

    record Reply(String name, String email, String body, Instant at, String ip) {}
}
