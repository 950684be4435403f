package app.gazette.article;

import app.gazette.article.ArchiveYear.ArchiveMonth;
import app.gazette.shared.SiteFormats;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Folds month counts into the archive widget's years → months. */
@Component
class ArchiveBuilder {

    private final SiteFormats formats;

    ArchiveBuilder(SiteFormats formats) {
        this.formats = formats;
    }

    List<ArchiveYear> build(List<MonthCount> newestFirst) {
        Map<Integer, List<ArchiveMonth>> months = new LinkedHashMap<>();
        Map<Integer, Long> totals = new LinkedHashMap<>();
        for (MonthCount count : newestFirst) {
            YearMonth month = YearMonth.of(count.month() / 100, count.month() % 100);
            String url = String.format("/%04d/%02d", month.getYear(), month.getMonthValue());
            months.computeIfAbsent(month.getYear(), y -> new ArrayList<>())
                    .add(new ArchiveMonth(formats.monthName(month), url, count.count()));
            totals.merge(month.getYear(), count.count(), Long::sum);
        }
        List<ArchiveYear> years = new ArrayList<>();
        months.forEach((year, list) ->
                years.add(new ArchiveYear(year, String.format("/%04d", year), totals.get(year), List.copyOf(list))));
        return years;
    }
}
