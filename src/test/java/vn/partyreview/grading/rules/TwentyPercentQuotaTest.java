package vn.partyreview.grading.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwentyPercentQuotaTest {

    private final QuotaRule quota = new TwentyPercentQuota();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "QUOTA N=0 nobody eligible,           0, 0, 3, 0, 0",
            "QUOTA N=1 small group may have one,  0, 1, 0, 1, 1",
            "QUOTA N=4 under 5 still one,         1, 3, 2, 4, 1",
            "QUOTA N=5 floor(20%) is one,         0, 5, 0, 5, 1",
            "QUOTA N=9 floor(1.8) is one,         1, 8, 1, 9, 1",
            "QUOTA N=10 floor(20%) is two,        2, 8, 0, 10, 2",
            "QUOTA N=14 floor(2.8) is two,        0, 14, 0, 14, 2",
            "QUOTA N=15 floor(20%) is three,      3, 12, 5, 15, 3",
            "QUOTA HTNV and KHTNV not counted,    0, 0, 20, 0, 0",
    })
    void capsHtxsnvAtTwentyPercentOfHttnvOrBetter(String clause, int htxsnv, int httnv, int htnvOrLower,
                                                  int expectedN, int expectedCap) {
        List<Level> group = new ArrayList<>();
        group.addAll(Collections.nCopies(htxsnv, Level.HTXSNV));
        group.addAll(Collections.nCopies(httnv, Level.HTTNV));
        group.addAll(Collections.nCopies(htnvOrLower, htnvOrLower % 2 == 0 ? Level.HTNV : Level.KHTNV));

        assertThat(quota.apply(group)).isEqualTo(new QuotaResult("QUOTA-20PCT-v1", expectedN, expectedCap));
    }
}
