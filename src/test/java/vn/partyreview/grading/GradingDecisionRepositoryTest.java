package vn.partyreview.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** Runs V2__grading.sql through Flyway and checks the entity against it (ddl-auto=validate). */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class GradingDecisionRepositoryTest {

    /** Replaces the application class: its @EnableProcessApplication needs a process engine this slice lacks. */
    @Configuration
    @EntityScan(basePackageClasses = GradingDecision.class)
    @EnableJpaRepositories(basePackageClasses = GradingDecisionRepository.class)
    static class GradingJpaSlice {
    }

    @Autowired
    private GradingDecisionRepository decisions;

    @Test
    void readsTheLevelsInForceOfOneQuotaGroup() {
        decisions.record(decision("m1", "cell-1", Level.HTXSNV));
        decisions.record(decision("m2", "cell-1", Level.HTTNV));
        decisions.record(decision("m3", "cell-2", Level.HTNV));

        assertThat(decisions.levelsInGroup("2025", "cell-1")).containsExactlyInAnyOrder(Level.HTXSNV, Level.HTTNV);
    }

    @Test
    void gradingAgainCancelsTheEarlierDecisionButKeepsIt() {
        decisions.record(decision("m1", "cell-1", Level.HTXSNV));
        decisions.record(decision("m1", "cell-1", Level.HTNV));

        assertThat(decisions.levelsInGroup("2025", "cell-1")).containsExactly(Level.HTNV);
        assertThat(decisions.findAll())
                .extracting(GradingDecision::getLevel, GradingDecision::isCancelled)
                .containsExactlyInAnyOrder(
                        tuple(Level.HTXSNV, true),
                        tuple(Level.HTNV, false));
    }

    private static DecisionRecord decision(String subjectId, String group, Level level) {
        return new DecisionRecord("2025", SubjectType.MEMBER, subjectId, group, level, "dang-uy",
                Instant.parse("2025-12-15T09:00:00Z"), "Đảng ủy biểu quyết bằng phiếu kín");
    }
}
