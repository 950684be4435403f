package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** After signing in, only a local newsroom path is followed. */
class ContinuePathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/articles",
                "/admin/articles/12/edit",
                "/admin/comments?status=PENDING&page=2",
                "/admin/labels/caf%C3%A9",
                "/admin"
            })
    void localNewsroomPathsAreFollowed(String path) {
        assertThat(ContinuePath.safe(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/admin",
                "https://evil.example/admin",
                "/\\evil.example",
                "/admin/\\evil.example",
                "/admin//evil.example",
                "/admin/../logout",
                "/admin/%2e%2e/logout",
                "/admin/%2E./x",
                "/admin/..;/x",
                "/administrator",
                "/login",
                "/",
                "/admin/a b",
                "/admin/\u0001",
                "/admin#top",
                ""
            })
    void anythingElseIsIgnored(String path) {
        assertThat(ContinuePath.safe(path)).isEmpty();
        assertThat(ContinuePath.safe(null)).isEmpty();
    }

    @Test
    void aNewsroomGetIsRememberedInTheUrlWithItsQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/comments");
        request.setQueryString("status=PENDING&page=2");

        assertThat(ContinuePath.of(request).map(ContinuePath::parameter))
                .contains("continue=/admin/comments?status%3DPENDING%26page%3D2");
        assertThat(ContinuePath.of(new MockHttpServletRequest("GET", "/admin"))).isEmpty();
        assertThat(ContinuePath.of(new MockHttpServletRequest("POST", "/admin/articles")))
                .isEmpty();
    }
}
