package vn.partyreview.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryPlansTest {

    @Test
    void bindsLoggedParametersAsLiteralsInOrder() {
        assertThat(QueryPlans.bind("select * from t where a = ? and b = ? and c = ? and d = ? and e in (?, ?)",
                "BM-QU.committee(String), 15(Integer), null, true(Boolean), O'Neil(String), 2026-12-01 10:00:00.0(Timestamp)"))
                .isEqualTo("select * from t where a = 'BM-QU.committee' and b = 15 and c = null and d = true"
                        + " and e in ('O''Neil', '2026-12-01 10:00:00.0')");
    }

    @Test
    void leavesAStatementWithoutParametersAlone() {
        assertThat(QueryPlans.bind("select count(*) from t", "")).isEqualTo("select count(*) from t");
    }
}
