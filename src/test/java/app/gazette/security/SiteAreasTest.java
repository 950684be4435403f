package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.security.SiteAreas.Area;
import org.junit.jupiter.api.Test;

/** The one list of the site's areas: every path has one, with its body limit. */
class SiteAreasTest {

    @Test
    void newsroomOperationsErrorsAssetsAndMediaAreTheirOwnAreasAndEverythingElseIsReaderPages() {
        assertThat(SiteAreas.of("/admin")).isEqualTo(Area.NEWSROOM);
        assertThat(SiteAreas.of("/admin/articles/7/edit")).isEqualTo(Area.NEWSROOM);
        assertThat(SiteAreas.of("/login")).isEqualTo(Area.NEWSROOM);
        assertThat(SiteAreas.of("/login/locked")).isEqualTo(Area.NEWSROOM);
        assertThat(SiteAreas.of("/logout")).isEqualTo(Area.NEWSROOM);
        assertThat(SiteAreas.of("/actuator/health")).isEqualTo(Area.OPERATIONS);
        assertThat(SiteAreas.of("/error")).isEqualTo(Area.ERROR);
        assertThat(SiteAreas.of("/css/gazette-0123abcd.css")).isEqualTo(Area.ASSETS);
        assertThat(SiteAreas.of("/js/editor.js")).isEqualTo(Area.ASSETS);
        assertThat(SiteAreas.of("/media/2026/12/3fa9c0de12ab-harbour-640.jpg")).isEqualTo(Area.MEDIA);
        assertThat(SiteAreas.of("/api/v1/articles")).isEqualTo(Area.API);
        assertThat(SiteAreas.of("/apiary")).isEqualTo(Area.READER);
        assertThat(SiteAreas.of("/mediakit")).isEqualTo(Area.READER);
        assertThat(SiteAreas.of("/")).isEqualTo(Area.READER);
        assertThat(SiteAreas.of("/2019/02/a-story")).isEqualTo(Area.READER);
        assertThat(SiteAreas.of("/label/admin")).isEqualTo(Area.READER);
    }

    @Test
    void onlyTheNewsroomAndOperationsAreNotPublic() {
        assertThat(Area.values())
                .filteredOn(Area::isPublic)
                .containsExactly(Area.ERROR, Area.ASSETS, Area.MEDIA, Area.API, Area.READER);
    }

    @Test
    void bodiesAreLimitedByAreaWithLargerUploadsOnlyWhereListed() {
        assertThat(SiteAreas.bodyLimit("/2019/02/a-story/comments")).isEqualTo(1024L * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/articles/new")).isEqualTo(5L * 1024 * 1024);
        assertThat(SiteAreas.bodyLimit("/login")).isEqualTo(1024L * 1024);
        assertThat(SiteAreas.bodyLimit("/media/a.jpg")).isEqualTo(1024L * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/import")).isEqualTo(200L * 1024 * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/backup/restore")).isEqualTo(2048L * 1024 * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/backup/restore/other")).isEqualTo(5L * 1024 * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/media")).isEqualTo(26L * 1024 * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/media/upload")).isEqualTo(26L * 1024 * 1024);
        assertThat(SiteAreas.bodyLimit("/admin/media/7")).isEqualTo(5L * 1024 * 1024);
    }
}
