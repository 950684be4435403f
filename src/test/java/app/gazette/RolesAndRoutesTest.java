package app.gazette;

import static app.gazette.user.Role.ADMIN;
import static app.gazette.user.Role.AUTHOR;
import static app.gazette.user.Role.CONTRIBUTOR;
import static app.gazette.user.Role.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.article.RevisionService;
import app.gazette.support.AppTest;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserDirectory;
import app.gazette.user.UserService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every newsroom page and form, asked by anonymous visitors and by each of the four roles: anonymous
 * visitors are sent to sign in, a role not allowed gets the 403 page (from the URL rules or from the
 * services), an allowed one anything else. Each case acts on fresh articles: cora's (a contributor's)
 * draft, submission and trashed draft, and abe's (an author's) published article. The signed-in
 * members are MockMvc's test security contexts: cleared after each case, and the site is its own
 * (a context of its own), so that no other test's server thread ever sees one of them.
 */
@AppTest
@TestPropertySource(properties = "gazette.test.context=roles-and-routes")
class RolesAndRoutesTest {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> EDITORS = EnumSet.of(EDITOR, ADMIN);
    static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    /** A contributor's article: its writer and the editors. */
    static final Set<Role> CORAS = EnumSet.of(CONTRIBUTOR, EDITOR, ADMIN);
    /** An author's article: its writer and the editors. */
    static final Set<Role> ABES = EnumSet.of(AUTHOR, EDITOR, ADMIN);

    /** One request: {d} cora's draft, {s} her submission, {t} her trashed draft, {p} abe's published article, {r} a revision of {d}. */
    record Route(String method, String path, Set<Role> allowed, String... params) {
        @Override
        public String toString() {
            return method + " " + path + (params.length > 0 ? " " + String.join("&", params) : "");
        }
    }

    static List<Route> routes() {
        return List.of(
                get("/admin", ALL),
                get("/admin/account", ALL),
                post("/admin/account", ALL, "currentPassword", "wrong", "password", "x", "confirm", "y"),
                get("/admin/articles", ALL),
                get("/admin/articles?status=review", ALL),
                get("/admin/articles/new", ALL),
                post("/admin/articles", ALL, "title", "New", "body", "Text", "action", "save"),
                post("/admin/articles", EnumSet.of(CONTRIBUTOR), "title", "New", "body", "Text", "action", "submit"),
                post("/admin/articles", ABES, "title", "New", "body", "Text", "action", "publish"),
                get("/admin/articles/{d}/edit", CORAS),
                get("/admin/articles/{p}/edit", ABES),
                post("/admin/articles/{d}", CORAS, "title", "Fixed", "body", "Text", "action", "save"),
                post(
                        "/admin/articles/{d}",
                        EnumSet.of(CONTRIBUTOR),
                        "title",
                        "Fixed",
                        "body",
                        "Text",
                        "action",
                        "submit"),
                post("/admin/articles/{d}", EDITORS, "title", "Fixed", "body", "Text", "action", "publish"),
                post("/admin/articles/{s}", EDITORS, "title", "Fine", "body", "Text", "action", "publish"),
                post("/admin/articles/{p}", ABES, "title", "Update", "body", "Text", "action", "save"),
                post("/admin/articles/{p}", ABES, "title", "Update", "body", "Text", "action", "unpublish"),
                post("/admin/articles/{s}/return", EDITORS, "note", "Name the river."),
                post("/admin/articles/{d}/trash", CORAS),
                post("/admin/articles/{p}/trash", ABES),
                post("/admin/articles/{t}/restore", CORAS),
                post("/admin/articles/{t}/delete", ADMINS),
                get("/admin/articles/{d}/revisions", CORAS),
                get("/admin/articles/{d}/revisions/{r}", CORAS),
                post("/admin/articles/{d}/revisions/{r}/restore", CORAS),
                post("/admin/preview", ALL, "markdown", "*Hello*"),
                get("/admin/comments", EDITORS),
                post("/admin/comments/moderate", EDITORS, "ids", "999999", "action", "approve"),
                get("/admin/articles/{p}/comments/reply", EDITORS),
                post("/admin/articles/{p}/comments/reply", EDITORS, "body", "Thanks"),
                post("/admin/articles/{p}/comments/close", EDITORS),
                get("/admin/media", ALL),
                post("/admin/media/upload", ALL),
                post("/admin/media/bring-in", ALL, "markdown", "no pictures"),
                post("/admin/media/999999/delete", ADMINS),
                get("/admin/users", ADMINS),
                get("/admin/users/new", ADMINS),
                post("/admin/users", ADMINS, "username", ""),
                post("/admin/users/999999/role", ADMINS, "role", "AUTHOR"),
                get("/admin/settings", ADMINS),
                post("/admin/settings", ADMINS),
                post("/admin/settings/logo/remove", ADMINS),
                get("/admin/backup", ADMINS),
                post("/admin/backup/restore", ADMINS),
                get("/admin/import", ADMINS),
                get("/admin/import/progress", ADMINS),
                post("/admin/import", ADMINS));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            cases.add(Arguments.of(route, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(route, role));
            }
        }
        return cases.stream();
    }

    private static Route get(String path, Set<Role> allowed) {
        return new Route("GET", path, allowed);
    }

    private static Route post(String path, Set<Role> allowed, String... params) {
        return new Route("POST", path, allowed, params);
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    UserDirectory directory;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    RevisionService revisions;

    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void newsroom() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        for (Role role : Role.values()) {
            String login = login(role);
            if (directory.find(login).isEmpty()) {
                users.create(new NewUser(login, login + "@example.org", "Member " + login, role, "a long password 1"));
            }
        }
    }

    private static String login(Role role) {
        return "table-" + role.name().toLowerCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("cases")
    void eachRoleGetsExactlyTheNewsroomItsRoleAllows(Route route, Role role) throws Exception {
        String cora = login(CONTRIBUTOR);
        long draft = editor.create(draft("Cora's draft"), EditAction.SAVE, cora);
        long submitted = editor.create(draft("Cora's submission"), EditAction.SUBMIT, cora);
        long trashed = editor.create(draft("Cora's mistake"), EditAction.SAVE, cora);
        editor.trash(trashed, cora);
        long published = editor.create(draft("Abe's column"), EditAction.PUBLISH, login(AUTHOR));
        String path = route.path()
                .replace("{d}", Long.toString(draft))
                .replace("{s}", Long.toString(submitted))
                .replace("{t}", Long.toString(trashed))
                .replace("{p}", Long.toString(published))
                .replace("{r}", Long.toString(revisions.list(draft).get(0).id()));
        MockHttpServletRequestBuilder request = "GET".equals(route.method())
                ? MockMvcRequestBuilders.get(path)
                : MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < route.params().length; i += 2) {
            request.param(route.params()[i], route.params()[i + 1]);
        }
        if (path.matches("/admin/articles/\\d+")) {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            request.param("version", Long.toString(admin.edit(id, "admin").version()));
        }
        if (role != null) {
            request.with(user(login(role)).roles(role.name()));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (role == null) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).contains("/login");
        } else if (route.allowed().contains(role)) {
            assertThat(response.getStatus()).isNotEqualTo(403);
            assertThat(String.valueOf(response.getRedirectedUrl())).doesNotContain("/login");
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getForwardedUrl()).isEqualTo("/admin/forbidden");
        }
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(title, "", null, "Text of " + title, List.of(), null, true, null);
    }
}
