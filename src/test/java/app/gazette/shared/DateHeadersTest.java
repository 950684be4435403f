package app.gazette.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.TestSites;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateHeadersTest {

    private record Entry(String title, LocalDate day) {}

    private static final LocalDate SAT = LocalDate.of(2019, 2, 9);
    private static final LocalDate FRI = LocalDate.of(2019, 2, 8);

    private static List<DayGroup<Entry>> group(List<Entry> entries) {
        return DateHeaders.group(entries, Entry::day, day -> "H" + day);
    }

    private static List<String> titles(DayGroup<Entry> group) {
        return group.entries().stream().map(Entry::title).toList();
    }

    static SiteFormats formats(String zone, Locale locale) {
        return TestSites.formats(ZoneId.of(zone), locale);
    }

    @Test
    void consecutiveEntriesOfOneDayShareOneHeaderInOrder() {
        List<DayGroup<Entry>> groups = group(List.of(
                new Entry("a", SAT),
                new Entry("b", SAT),
                new Entry("c", FRI),
                new Entry("d", FRI),
                new Entry("e", FRI)));

        assertThat(groups).extracting(DayGroup::header).containsExactly("H2019-02-09", "H2019-02-08");
        assertThat(titles(groups.get(0))).containsExactly("a", "b");
        assertThat(titles(groups.get(1))).containsExactly("c", "d", "e");
    }

    @Test
    void dayThatReappearsAfterAnotherDayGetsANewHeader() {
        List<DayGroup<Entry>> groups = group(List.of(new Entry("a", SAT), new Entry("b", FRI), new Entry("c", SAT)));

        assertThat(groups).extracting(DayGroup::header).containsExactly("H2019-02-09", "H2019-02-08", "H2019-02-09");
        assertThat(groups)
                .extracting(DateHeadersTest::titles)
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void emptyListGivesNoGroups() {
        assertThat(group(List.of())).isEmpty();
    }

    @Test
    void headerTextComesFromTheGivenFormatter() {
        SiteFormats formats = formats("Europe/London", Locale.UK);
        List<DayGroup<Entry>> groups = DateHeaders.group(List.of(new Entry("a", SAT)), Entry::day, formats::dateHeader);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.header()).isEqualTo("Saturday 9 February 2019");
            assertThat(titles(g)).containsExactly("a");
        });
    }

    @Test
    void dateHeaderIsLongEnglishDateByDefault() {
        assertThat(formats("Europe/London", Locale.UK).dateHeader(SAT)).isEqualTo("Saturday 9 February 2019");
    }

    @Test
    void dateHeaderFollowsTheLocale() {
        String header = formats("Europe/Berlin", Locale.GERMANY).dateHeader(SAT);

        assertThat(header)
                .contains("Samstag")
                .contains("Februar")
                .contains("2019")
                .doesNotContain("Saturday");
    }

    @Test
    void dayAndMonthAreTakenInTheSiteZone() {
        Instant lateOnJanuary31Utc = Instant.parse("2019-01-31T23:30:00Z");

        SiteFormats tokyo = formats("Asia/Tokyo", Locale.UK);
        assertThat(tokyo.dayOf(lateOnJanuary31Utc)).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(tokyo.monthOf(lateOnJanuary31Utc)).isEqualTo(201902);

        SiteFormats london = formats("Europe/London", Locale.UK);
        assertThat(london.dayOf(lateOnJanuary31Utc)).isEqualTo(LocalDate.of(2019, 1, 31));
        assertThat(london.monthOf(lateOnJanuary31Utc)).isEqualTo(201901);
    }

    @Test
    void timeAndMonthNameUseZoneAndLocale() {
        SiteFormats tokyo = formats("Asia/Tokyo", Locale.UK);
        Instant at = Instant.parse("2019-01-31T23:30:00Z");

        assertThat(tokyo.time(at)).isEqualTo("08:30");
        assertThat(tokyo.dateTime(at)).isEqualTo("Friday 1 February 2019, 08:30");
        assertThat(tokyo.monthName(YearMonth.of(2019, 2))).isEqualTo("February 2019");
        assertThat(formats("Europe/Berlin", Locale.GERMANY).monthName(YearMonth.of(2019, 3)))
                .isEqualTo("März 2019");
    }
}
