package vn.partyreview.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import vn.partyreview.grading.rules.Discipline;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** Runs V5__recorded_facts.sql through Flyway: facts are kept as a history and read as the grading API takes them. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class SubjectFactsTest {

    @Configuration
    @EntityScan(basePackageClasses = RecordedFact.class)
    @EnableJpaRepositories(basePackageClasses = RecordedFactRepository.class)
    @Import({SubjectFacts.class, ObjectMapper.class})
    static class FactsJpaSlice {
    }

    @Autowired
    private SubjectFacts facts;

    @Test
    void aCorrectionIsANewEntryAndTheLatestCounts() {
        facts.record("1", SubjectType.MEMBER, "DV1", Map.of(FactNames.SICK_LEAVE_MONTHS, 4), "cellsec");
        facts.record("1", SubjectType.MEMBER, "DV1", Map.of(FactNames.SICK_LEAVE_MONTHS, 1), "cellsec2");
        facts.record("1", SubjectType.MEMBER, "DV1", Map.of(FactNames.SICK_LEAVE_MONTHS, 1), "cellsec2");

        assertThat(facts.gradingFacts("1", SubjectType.MEMBER, "DV1", 2026))
                .containsExactly(Map.entry(FactNames.SICK_LEAVE_MONTHS, 1));
        assertThat(facts.entries("1", SubjectType.MEMBER, "DV1"))
                .extracting(SubjectFacts.Entry::value, SubjectFacts.Entry::recordedBy)
                .containsExactly(tuple(4, "cellsec"), tuple(1, "cellsec2"));
    }

    @Test
    void aWithdrawnFactIsNoFact() {
        facts.record("1", SubjectType.MEMBER, "DV2", Map.of(FactNames.DEGRADATION_CONCLUDED, true), "ubkt");
        Map<String, Object> withdrawn = new HashMap<>();
        withdrawn.put(FactNames.DEGRADATION_CONCLUDED, null);
        facts.record("1", SubjectType.MEMBER, "DV2", withdrawn, "ubkt");

        assertThat(facts.gradingFacts("1", SubjectType.MEMBER, "DV2", 2026)).isEmpty();
        assertThat(facts.entries("1", SubjectType.MEMBER, "DV2")).hasSize(2);
    }

    @Test
    void disciplineCountsOnlyWhenDecidedInTheYearUnderReview() {
        facts.recordDiscipline("1", "DV3", Discipline.CANH_CAO, LocalDate.of(2026, 5, 4), "CB-A", "ubkt");
        facts.recordDiscipline("1", "DV4", Discipline.KHIEN_TRACH, LocalDate.of(2025, 12, 30), "CB-A", "ubkt");
        facts.recordDiscipline("1", "DV5", Discipline.KHIEN_TRACH, LocalDate.of(2026, 3, 1), "CB-A", "ubkt");
        facts.recordDiscipline("1", "DV5", Discipline.NONE, null, null, "ubkt");

        assertThat(facts.gradingFacts("1", SubjectType.MEMBER, "DV3", 2026)).containsEntry("disciplined", true);
        assertThat(facts.gradingFacts("1", SubjectType.MEMBER, "DV4", 2026)).doesNotContainKey("disciplined");
        assertThat(facts.gradingFacts("1", SubjectType.MEMBER, "DV5", 2026)).doesNotContainKey("disciplined");
        assertThat(facts.current("1", SubjectType.MEMBER, "DV3").get(FactNames.DISCIPLINE))
                .isEqualTo(Map.of("level", "CANH_CAO", "decidedOn", "2026-05-04", "violationOrganization", "CB-A"));
    }

    @Test
    void aCollectiveTakesTheHeaviestDisciplineOfTheYearAndAnyDegradationOfItsMembers() {
        facts.recordDiscipline("1", "C1", Discipline.KHIEN_TRACH, LocalDate.of(2026, 2, 1), "CB-A", "ubkt");
        facts.recordDiscipline("1", "C2", Discipline.CANH_CAO, LocalDate.of(2026, 6, 1), "CB-A", "ubkt");
        facts.recordDiscipline("1", "C3", Discipline.KHAI_TRU, LocalDate.of(2025, 6, 1), "CB-A", "ubkt");
        facts.record("1", SubjectType.MEMBER, "C3", Map.of(FactNames.DEGRADATION_CONCLUDED, true), "ubkt");

        assertThat(facts.collectiveMemberFacts("1", List.of("C1", "C2", "C3"), 2026)).isEqualTo(Map.of(
                "memberDisciplineMax", "CANH_CAO", "memberDegradationConcluded", true));
        assertThat(facts.collectiveMemberFacts("1", List.of("C4"), 2026)).isEmpty();
    }

    /**
     * The same-level bodies' own results, reported to the committee by their deadline, feed the organisation's
     * standards [P II.1.4 a, b: "Chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp được xếp
     * loại ..."]: the lowest of the government bodies, the MTTQ, each mass organisation; a body reporting again
     * replaces its earlier report.
     */
    @Test
    void theSameLevelBodiesReportedResultsFeedTheOrganisationsStandards() {
        facts.recordBodyResult("1", "DU-A", "HDND-A", FactNames.GOVERNMENT_LEVEL, Level.HTXSNV, "hdnd");
        facts.recordBodyResult("1", "DU-A", "UBND-A", FactNames.GOVERNMENT_LEVEL, Level.KHTNV, "ubnd");
        facts.recordBodyResult("1", "DU-A", "UBND-A", FactNames.GOVERNMENT_LEVEL, Level.HTNV, "ubnd");
        facts.recordBodyResult("1", "DU-A", "MTTQ-A", FactNames.MTTQ_LEVEL, Level.HTTNV, "mttq");
        facts.recordBodyResult("1", "DU-A", "CCB-A", FactNames.MASS_ORGANIZATION_LEVELS, Level.KHTNV, "ccb");
        facts.recordBodyResult("1", "DU-A", "PN-A", FactNames.MASS_ORGANIZATION_LEVELS, Level.HTTNV, "pn");

        assertThat(facts.gradingFacts("1", SubjectType.PARTY_ORGANIZATION, "DU-A", 2026)).isEqualTo(Map.of(
                FactNames.GOVERNMENT_LEVEL, "HTNV", FactNames.MTTQ_LEVEL, "HTTNV",
                FactNames.MASS_ORGANIZATION_LEVELS, List.of("KHTNV", "HTTNV")));
    }

    @Test
    void onlyTheFactsTheGradingApiTakesForTheSubjectTypeAreGiven() {
        facts.record("1", SubjectType.MEMBER, "DV6", Map.of(FactNames.MATERNITY_LEAVE_MONTHS, 6,
                FactNames.CIVIL_SERVANT_MONTHLY_LEVELS, List.of("HTTNV", "HTNV")), "sec");
        facts.record("1", SubjectType.PARTY_ORGANIZATION, "CB-A", Map.of(FactNames.TARGETS_COMPLETED_PERCENT, 45,
                FactNames.FORCE_MAJEURE, true), "office");

        assertThat(facts.gradingFacts("1", SubjectType.MEMBER, "DV6", 2026))
                .containsOnlyKeys(FactNames.CIVIL_SERVANT_MONTHLY_LEVELS);
        assertThat(facts.gradingFacts("1", SubjectType.PARTY_ORGANIZATION, "CB-A", 2026))
                .containsOnlyKeys(FactNames.TARGETS_COMPLETED_PERCENT, FactNames.FORCE_MAJEURE);
        assertThat(facts.gradingFacts("2", SubjectType.PARTY_ORGANIZATION, "CB-A", 2026)).isEmpty();
    }
}
