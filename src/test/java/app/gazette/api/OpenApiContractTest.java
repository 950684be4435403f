package app.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.api.keys.ContentKeys;
import app.gazette.article.ArticleWriter;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.NewArticle;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.support.Pictures;
import app.gazette.user.UserService;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;

/**
 * The hand-kept OpenAPI document (resources/api/openapi.json) parses as OpenAPI 3.1 without a
 * message, and every endpoint's real answers, errors included, match its schemas.
 */
@ApiAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ContentKeys keys;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    @Autowired
    MediaLibrary library;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    final Set<String> checkedPaths = new HashSet<>();
    ApiClient api;
    long article;

    @BeforeAll
    void site() {
        long eve = users.findOrCreateAuthor("contract-eve", "Eve Contract");
        MediaView picture = Pictures.upload(library, "contract.jpg", 1400, 900, "A pier", eve);
        article = writer.create(new NewArticle(
                "Contract article",
                null,
                "Some *text*.",
                List.of("Contract"),
                eve,
                Instant.parse(ApiAppTest.START).minus(Duration.ofDays(1)),
                new FeaturedDraft(picture.id(), null, "Pier", null)));
        writer.create(new NewArticle(
                "Plain contract article",
                null,
                "Text",
                List.of(),
                eve,
                Instant.parse(ApiAppTest.START).minus(Duration.ofDays(2))));
        api = new ApiClient(port, json, keys.create("Contract test").secret());
    }

    @Test
    void theDocumentIsValidOpenApi31() throws IOException {
        String document = new ClassPathResource("api/openapi.json").getContentAsString(StandardCharsets.UTF_8);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document, null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths())
                .containsOnlyKeys(
                        "/articles",
                        "/articles/{id}",
                        "/articles/slug/{slug}",
                        "/labels",
                        "/authors",
                        "/settings",
                        "/openapi.json");
    }

    @Test
    void everyEndpointAnswersAsDocumented() {
        check("/articles", "articles?label=Contract", "ArticlesPage", 200);
        check("/articles", "articles?limit=100&order=title", "ArticlesPage", 200);
        check("/articles", "articles?fields=id,title,featured_image", "ArticlesPage", 200);
        check("/articles", "articles?featured=false&fields=id,featured", "ArticlesPage", 200);
        check("/articles/{id}", "articles/" + article, "ArticleList", 200);
        check("/articles/slug/{slug}", "articles/slug/plain-contract-article", "ArticleList", 200);
        check("/labels", "labels", "Labels", 200);
        check("/authors", "authors", "Authors", 200);
        check("/settings", "settings", "SettingsBody", 200);
        assertThat(api.withKey(null).get("openapi.json").status()).isEqualTo(200);
        checkedPaths.add("/openapi.json");
        assertThat(checkedPaths).hasSize(7);
    }

    @Test
    void errorsAnswerAsDocumented() {
        check("/articles", "articles?limit=1000", "Errors", 400);
        check("/articles", "articles?featured=maybe", "Errors", 400);
        check("/articles/{id}", "articles/424242", "Errors", 404);
        ApiClient.Answer unauthorized = api.withKey("gz_nothing").get("authors");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(schema("Errors").validate(unauthorized.body())).isEmpty();
    }

    @Test
    void theSchemasRefuseWhatTheApiMustNotSend() {
        assertThat(schema("ArticleList").validate(json.readTree("{\"articles\":[{\"email\":\"x@example.org\"}]}")))
                .isNotEmpty();
        assertThat(schema("Errors").validate(json.readTree("{\"errors\":[]}"))).isNotEmpty();
    }

    private void check(String documented, String path, String schemaName, int status) {
        ApiClient.Answer answer = api.get(path);
        assertThat(answer.status()).as(path).isEqualTo(status);
        assertThat(schema(schemaName).validate(answer.body())).as(path).isEmpty();
        checkedPaths.add(documented);
    }

    private Schema schema(String name) {
        return schemas.getSchema(SchemaLocation.of("classpath:api/openapi.json#/components/schemas/" + name));
    }
}
