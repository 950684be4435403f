package app.gazette.api.web;

import app.gazette.article.CatalogQuery;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The list's query parameters, checked: {@code page} from 1, {@code limit} 1 to {@value #MAX_LIMIT}
 * (default {@value #DEFAULT_LIMIT}), {@code label}, {@code author}, {@code published_before} and
 * {@code published_after} (RFC 3339, or a date: its start in the site's zone), {@code featured}
 * ({@code true} or {@code false}), {@code order} and {@code fields}. Anything malformed is a 400 naming the parameter.
 */
final class ArticleParameters {

    static final int DEFAULT_LIMIT = 15;
    static final int MAX_LIMIT = 100;
    static final Map<String, CatalogQuery.Order> ORDERS = Map.of(
            "published_at desc", CatalogQuery.Order.NEWEST,
            "published_at asc", CatalogQuery.Order.OLDEST,
            "title asc", CatalogQuery.Order.TITLE,
            "title", CatalogQuery.Order.TITLE);

    private ArticleParameters() {}

    static CatalogQuery query(Map<String, String> parameters, ZoneId zone) {
        return new CatalogQuery(
                text(parameters, "label"),
                text(parameters, "author"),
                instant(parameters, "published_before", zone),
                instant(parameters, "published_after", zone),
                flag(parameters, "featured"),
                order(parameters.get("order")),
                number(parameters, "page", 1, Integer.MAX_VALUE, 1),
                number(parameters, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT));
    }

    /** The fields asked for, in the API's order; all when none are named. */
    static Set<String> fields(String value) {
        if (value == null || value.isBlank()) {
            return ArticleJson.FIELDS;
        }
        Set<String> asked = new LinkedHashSet<>(
                Arrays.stream(value.split(",")).map(String::strip).toList());
        if (!ArticleJson.FIELDS.containsAll(asked)) {
            throw ApiProblem.badParameter("fields", value);
        }
        Set<String> fields = new LinkedHashSet<>(ArticleJson.FIELDS);
        fields.retainAll(asked);
        return fields;
    }

    private static String text(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 300) {
            throw ApiProblem.badParameter(name, value);
        }
        return value.strip();
    }

    private static Boolean flag(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badParameter(name, value);
        };
    }

    private static int number(Map<String, String> parameters, String name, int min, int max, int absent) {
        String value = parameters.get(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ApiProblem.badParameter(name, value);
    }

    private static Instant instant(Map<String, String> parameters, String name, ZoneId zone) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException unreadable) {
            throw ApiProblem.badParameter(name, value);
        }
    }

    private static CatalogQuery.Order order(String value) {
        if (value == null) {
            return CatalogQuery.Order.NEWEST;
        }
        CatalogQuery.Order order = ORDERS.get(value.strip().replaceAll("\\s+", " "));
        if (order == null) {
            throw ApiProblem.badParameter("order", value);
        }
        return order;
    }
}
