package app.gazette.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.media.web.RequestedRange.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One byte range is served as asked, anything else whole, and a range past the end not at all. */
class RequestedRangeTest {

    static final long TOTAL = 1000;

    @Test
    void withoutARangeTheWholeObjectIsSent() {
        assertThat(RequestedRange.of(null, TOTAL)).isEqualTo(new RequestedRange(Kind.WHOLE, 0, TOTAL));
    }

    @Test
    void oneRangeIsSentAsAskedAndCutAtTheEnd() {
        assertThat(RequestedRange.of("bytes=100-199", TOTAL)).isEqualTo(new RequestedRange(Kind.PART, 100, 100));
        assertThat(RequestedRange.of("bytes=900-", TOTAL)).isEqualTo(new RequestedRange(Kind.PART, 900, 100));
        assertThat(RequestedRange.of("bytes=900-5000", TOTAL)).isEqualTo(new RequestedRange(Kind.PART, 900, 100));
        assertThat(RequestedRange.of("bytes=-10", TOTAL)).isEqualTo(new RequestedRange(Kind.PART, 990, 10));
        assertThat(RequestedRange.of("bytes=-5000", TOTAL)).isEqualTo(new RequestedRange(Kind.PART, 0, TOTAL));
        assertThat(RequestedRange.of("bytes=100-199", TOTAL).contentRange(TOTAL))
                .isEqualTo("bytes 100-199/1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-1,5-6", "items=0-1", "  "})
    void severalRangesOrAnotherUnitGetTheWholeObject(String header) {
        assertThat(RequestedRange.of(header, TOTAL).kind()).isEqualTo(Kind.WHOLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=5000-6000", "bytes=-0", "bytes=20-10", "bytes=abc", "bytes="})
    void aRangeOutsideTheObjectOrMalformedIsUnsatisfiable(String header) {
        RequestedRange range = RequestedRange.of(header, TOTAL);

        assertThat(range.kind()).isEqualTo(Kind.UNSATISFIABLE);
        assertThat(range.contentRange(TOTAL)).isEqualTo("bytes */1000");
    }

    @Test
    void anEmptyObjectHasNoRangeToGive() {
        assertThat(RequestedRange.of("bytes=0-", 0).kind()).isEqualTo(Kind.UNSATISFIABLE);
    }
}
