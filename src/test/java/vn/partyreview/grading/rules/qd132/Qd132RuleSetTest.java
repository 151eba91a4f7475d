package vn.partyreview.grading.rules.qd132;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.partyreview.grading.rules.Level.HTNV;
import static vn.partyreview.grading.rules.Level.HTTNV;
import static vn.partyreview.grading.rules.Level.HTXSNV;
import static vn.partyreview.grading.rules.Level.KHTNV;
import static vn.partyreview.grading.rules.SubjectType.LEADER;
import static vn.partyreview.grading.rules.SubjectType.LEADERSHIP_COLLECTIVE;
import static vn.partyreview.grading.rules.SubjectType.MEMBER;
import static vn.partyreview.grading.rules.SubjectType.PARTY_ORGANIZATION;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.partyreview.grading.rules.Criterion;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.Rating;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.SubjectType;

/**
 * One row per clause and boundary of the ward plan, section II. Criteria are written "code:RATING", codes starting
 * with "k" are key criteria; facts are lenient JSON as in the public API.
 */
class Qd132RuleSetTest {

    private static final String BEST = "k1:XUAT_SAC k2:XUAT_SAC o1:TOT o2:TOT";
    private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    private final Qd132RuleSet ruleSet = new Qd132RuleSet();

    static Stream<Arguments> memberRows() {
        return Stream.of(
                row("II.2.3.a key XUAT_SAC others TOT", MEMBER, BEST, "", HTXSNV),
                row("II.2.3.a key TOT rules out HTXSNV", MEMBER, "k1:TOT k2:XUAT_SAC o1:TOT", "", HTTNV,
                        "II.2.3.a-key-criteria"),
                row("II.2.3.a other TRUNG_BINH rules out HTXSNV", MEMBER, "k1:XUAT_SAC o1:TRUNG_BINH", "", HTTNV,
                        "II.2.3.a-other-criteria"),
                row("II.2.3.b key TOT others TRUNG_BINH", MEMBER, "k1:TOT o1:TRUNG_BINH", "", HTTNV,
                        "II.2.3.a-key-criteria", "II.2.3.a-other-criteria"),
                row("II.2.3.b key TRUNG_BINH rules out HTTNV", MEMBER, "k1:TRUNG_BINH o1:TOT", "", HTNV,
                        "II.2.3.a-key-criteria", "II.2.3.b-key-criteria"),
                row("II.2.3.c all criteria TRUNG_BINH", MEMBER, "k1:TRUNG_BINH o1:TRUNG_BINH", "", HTNV,
                        "II.2.3.a-key-criteria", "II.2.3.a-other-criteria", "II.2.3.b-key-criteria"),
                row("II.2.3.c other criterion KEM", MEMBER, "k1:XUAT_SAC o1:KEM", "", KHTNV,
                        "II.2.3.a-other-criteria", "II.2.3.b-other-criteria", "II.2.3.c-criteria"),
                row("II.2.3.c key criterion KEM", MEMBER, "k1:KEM o1:TOT", "", KHTNV,
                        "II.2.3.a-key-criteria", "II.2.3.b-key-criteria", "II.2.3.c-criteria"),
                row("absent criteria count for nothing", MEMBER, "", "", HTXSNV),
                row("II.2.3.a civil servant rated HTXSNV", MEMBER, BEST,
                        "{civilServant: true, civilServantLevel: 'HTXSNV'}", HTXSNV),
                row("II.2.3.a civil servant rated HTTNV", MEMBER, BEST,
                        "{civilServant: true, civilServantLevel: 'HTTNV'}", HTTNV, "II.2.3.a-civil-servant-year"),
                row("II.2.3.b civil servant rated HTNV", MEMBER, BEST,
                        "{civilServant: true, civilServantLevel: 'HTNV'}", HTNV,
                        "II.2.3.a-civil-servant-year", "II.2.3.b-civil-servant-year"),
                row("II.2.3.d civil servant rated KHTNV", MEMBER, BEST,
                        "{civilServant: true, civilServantLevel: 'KHTNV'}", KHTNV,
                        "II.2.3.a-civil-servant-year", "II.2.3.b-civil-servant-year", "II.2.3.d-civil-servant-khtnv"),
                row("II.2.3.a every month HTTNV or better", MEMBER, BEST,
                        "{civilServant: true, civilServantMonthlyLevels: " + months(HTTNV, HTXSNV) + "}", HTXSNV),
                row("II.2.3.a one month HTNV rules out HTXSNV", MEMBER, BEST,
                        "{civilServant: true, civilServantMonthlyLevels: " + months(HTNV, HTXSNV) + "}", HTTNV,
                        "II.2.3.a-civil-servant-months"),
                row("II.2.3.b one monthly KHTNV rules out HTTNV", MEMBER, BEST,
                        "{civilServant: true, civilServantMonthlyLevels: " + months(KHTNV, HTXSNV) + "}", HTNV,
                        "II.2.3.a-civil-servant-months", "II.2.3.b-civil-servant-months"),
                row("II.2.3 not a civil servant: civil-servant ratings ignored", MEMBER, BEST,
                        "{civilServant: false, civilServantLevel: 'KHTNV'}", HTXSNV),
                row("II.2.3.d degradation concluded", MEMBER, BEST, "{degradationConcluded: true}", KHTNV,
                        "II.2.3.d-degradation"),
                row("II.2.3.d targets 49.9% is under 50%", MEMBER, BEST, "{targetsCompletedPercent: 49.9}", KHTNV,
                        "II.2.3.d-targets-under-50pct"),
                row("II.2.3.d targets exactly 50% is enough", MEMBER, BEST, "{targetsCompletedPercent: 50}", HTXSNV),
                row("II.2.3.d disciplined in the year", MEMBER, BEST, "{disciplined: true}", KHTNV,
                        "II.2.3.d-disciplined"),
                row("II.2.3.d self-remedy exception does not apply to members", MEMBER, BEST,
                        "{disciplined: true, selfDetectedAndRemedied: true}", KHTNV, "II.2.3.d-disciplined"),
                row("II.6 sick leave exactly 3 months caps at HTNV", MEMBER, BEST, "{sickLeaveMonths: 3}", HTNV,
                        "II.6-sick-leave"),
                row("II.6 sick leave 2.9 months no cap", MEMBER, BEST, "{sickLeaveMonths: 2.9}", HTXSNV),
                row("II.6 sick leave does not lift KHTNV", MEMBER, "k1:KEM", "{sickLeaveMonths: 4}", KHTNV,
                        "II.2.3.a-key-criteria", "II.2.3.b-key-criteria", "II.2.3.c-criteria", "II.6-sick-leave"),
                row("II.2.1 exempt member not graded", MEMBER, BEST, "{exempt: true}", null, "II.2.1-exempt"),
                row("II.2.1 suspended member not graded", MEMBER, BEST, "{suspended: true}", null,
                        "II.2.1-suspended"),
                row("II.2.1 committee member suspended from committee only is graded", MEMBER, BEST,
                        "{suspended: true, committeeSuspendedOnly: true}", HTXSNV),
                row("II.2.1 committee suspension alone is graded", MEMBER, "k1:TOT",
                        "{committeeSuspendedOnly: true}", HTTNV, "II.2.3.a-key-criteria"),
                row("II.6 admitted 5.9 months not graded", MEMBER, BEST, "{monthsSinceAdmission: 5.9}", null,
                        "II.6-admitted-under-6-months"),
                row("II.6 admitted exactly 6 months graded", MEMBER, BEST, "{monthsSinceAdmission: 6}", HTXSNV),
                row("II.2.1 and II.6 every not-graded reason listed", MEMBER, BEST,
                        "{exempt: true, monthsSinceAdmission: 2}", null,
                        "II.2.1-exempt", "II.6-admitted-under-6-months"));
    }

    static Stream<Arguments> leaderRows() {
        return Stream.of(
                row("II.4 headed unit HTXSNV no cap", LEADER, BEST, "{headedUnitLevel: 'HTXSNV'}", HTXSNV),
                row("II.4 headed unit HTTNV caps the leader", LEADER, BEST, "{headedUnitLevel: 'HTTNV'}", HTTNV,
                        "II.4-headed-unit-cap"),
                row("II.4 headed unit KHTNV caps the leader", LEADER, BEST, "{headedUnitLevel: 'KHTNV'}", KHTNV,
                        "II.4-headed-unit-cap"),
                row("II.6 head moved in, unrelated to the unit's result", LEADER, BEST,
                        "{headedUnitLevel: 'HTNV', movedInUnrelated: true}", HTXSNV),
                row("II.4 leader held to member standards: key TOT", LEADER, "k1:TOT",
                        "{headedUnitLevel: 'HTXSNV'}", HTTNV, "II.2.3.a-key-criteria"),
                row("II.4 leader disciplined", LEADER, BEST, "{disciplined: true}", KHTNV, "II.2.3.d-disciplined"),
                row("II.4 sick leave and unit HTTNV", LEADER, BEST, "{sickLeaveMonths: 3, headedUnitLevel: 'HTTNV'}",
                        HTNV, "II.6-sick-leave", "II.4-headed-unit-cap"),
                row("II.4 exempt leader not graded", LEADER, BEST, "{exempt: true}", null, "II.2.1-exempt"));
    }

    static Stream<Arguments> organizationRows() {
        return Stream.of(
                row("II.1.4.a key XUAT_SAC others TOT", PARTY_ORGANIZATION, BEST, "", HTXSNV),
                row("II.1.4.a key TOT rules out HTXSNV", PARTY_ORGANIZATION, "k1:TOT k2:XUAT_SAC o1:TOT", "", HTTNV,
                        "II.1.4.a-key-criteria"),
                row("II.1.4.b other TRUNG_BINH", PARTY_ORGANIZATION, "k1:XUAT_SAC o1:TRUNG_BINH", "", HTTNV,
                        "II.1.4.a-other-criteria"),
                row("II.1.4.b key TRUNG_BINH rules out HTTNV", PARTY_ORGANIZATION, "k1:TRUNG_BINH o1:TOT", "", HTNV,
                        "II.1.4.a-key-criteria", "II.1.4.b-key-criteria"),
                row("II.1.4.c other criterion KEM", PARTY_ORGANIZATION, "k1:XUAT_SAC o1:KEM", "", KHTNV,
                        "II.1.4.a-other-criteria", "II.1.4.b-other-criteria", "II.1.4.c-criteria"),
                row("II.1.4.a committee exactly 80% HTTNV", PARTY_ORGANIZATION, BEST,
                        "{kind: 'COMMITTEE', subordinateLevels: ['HTTNV','HTTNV','HTXSNV','HTTNV','HTNV']}", HTXSNV),
                row("II.1.4.a committee 75% HTTNV", PARTY_ORGANIZATION, BEST,
                        "{kind: 'COMMITTEE', subordinateLevels: ['HTTNV','HTTNV','HTTNV','HTNV']}", HTTNV,
                        "II.1.4.a-subordinates-80pct"),
                row("II.1.4.b cell exactly 50% of members HTTNV", PARTY_ORGANIZATION, BEST,
                        "{kind: 'CELL', subordinateLevels: ['HTTNV','HTNV']}", HTTNV, "II.1.4.a-subordinates-80pct"),
                row("II.1.4.b cell 40% of members HTTNV", PARTY_ORGANIZATION, BEST,
                        "{kind: 'CELL', subordinateLevels: ['HTTNV','HTTNV','HTNV','HTNV','HTNV']}", HTNV,
                        "II.1.4.a-subordinates-80pct", "II.1.4.b-subordinates-50pct"),
                row("II.1.4.b one subordinate KHTNV breaks 100% HTNV", PARTY_ORGANIZATION, BEST,
                        "{kind: 'COMMITTEE', subordinateLevels: ['HTXSNV','HTXSNV','HTTNV','HTTNV','HTTNV','KHTNV']}",
                        HTNV, "II.1.4.b-subordinates-all-htnv"),
                row("II.1.4.d cell exactly 20% members KHTNV is not over 20%", PARTY_ORGANIZATION, BEST,
                        "{kind: 'CELL', subordinateLevels: ['HTTNV','HTTNV','HTTNV','HTTNV','KHTNV']}", HTNV,
                        "II.1.4.b-subordinates-all-htnv"),
                row("II.1.4.d committee 25% subordinates KHTNV (>20%)", PARTY_ORGANIZATION, BEST,
                        "{kind: 'COMMITTEE', subordinateLevels: ['HTTNV','HTTNV','HTTNV','KHTNV']}", KHTNV,
                        "II.1.4.a-subordinates-80pct", "II.1.4.b-subordinates-all-htnv",
                        "II.1.4.d-subordinates-khtnv-over-20pct"),
                row("II.1.4 empty subordinate list counts for nothing", PARTY_ORGANIZATION, BEST,
                        "{kind: 'COMMITTEE', subordinateLevels: []}", HTXSNV),
                row("II.1.4.a same-level bodies all HTTNV or better", PARTY_ORGANIZATION, BEST,
                        "{governmentLevel: 'HTTNV', mttqLevel: 'HTXSNV', massOrganizationLevels: ['HTTNV','HTTNV']}",
                        HTXSNV),
                row("II.1.4.a government only HTNV", PARTY_ORGANIZATION, BEST, "{governmentLevel: 'HTNV'}", HTTNV,
                        "II.1.4.a-same-level-bodies"),
                row("II.1.4.b one mass organisation KHTNV", PARTY_ORGANIZATION, BEST,
                        "{mttqLevel: 'HTTNV', massOrganizationLevels: ['KHTNV','HTTNV']}", HTNV,
                        "II.1.4.a-same-level-bodies", "II.1.4.b-same-level-bodies"),
                row("II.1.4.d MTTQ and one mass organisation KHTNV", PARTY_ORGANIZATION, BEST,
                        "{mttqLevel: 'KHTNV', massOrganizationLevels: ['KHTNV','HTTNV']}", KHTNV,
                        "II.1.4.a-same-level-bodies", "II.1.4.b-same-level-bodies", "II.1.4.d-mttq-mass-orgs-khtnv"),
                row("II.1.4.d two mass organisations KHTNV", PARTY_ORGANIZATION, BEST,
                        "{massOrganizationLevels: ['KHTNV','KHTNV','HTTNV']}", KHTNV,
                        "II.1.4.a-same-level-bodies", "II.1.4.b-same-level-bodies", "II.1.4.d-mttq-mass-orgs-khtnv"),
                row("II.1.4.d government is not counted among the two organisations", PARTY_ORGANIZATION, BEST,
                        "{governmentLevel: 'KHTNV', mttqLevel: 'KHTNV'}", HTNV,
                        "II.1.4.a-same-level-bodies", "II.1.4.b-same-level-bodies"),
                row("II.1.4.d targets 49% under 50%", PARTY_ORGANIZATION, BEST, "{targetsCompletedPercent: 49}", KHTNV,
                        "II.1.4.d-targets-under-50pct"),
                row("II.1.4.d targets exactly 50%", PARTY_ORGANIZATION, BEST, "{targetsCompletedPercent: 50}", HTXSNV),
                row("II.1.4.d targets 30% with force majeure", PARTY_ORGANIZATION, BEST,
                        "{targetsCompletedPercent: 30, forceMajeure: true}", HTXSNV),
                row("II.1.4.d party-building programmes KEM", PARTY_ORGANIZATION, BEST, "{partyBuildingKem: true}",
                        KHTNV, "II.1.4.d-party-building-kem"),
                row("II.1.4.d organisation disciplined", PARTY_ORGANIZATION, BEST, "{disciplined: true}", KHTNV,
                        "II.1.4.d-disciplined"),
                row("II.1.4.c disciplined but self-detected and remedied", PARTY_ORGANIZATION, BEST,
                        "{disciplined: true, selfDetectedAndRemedied: true}", HTXSNV),
                row("II.6 organisation established 5 months not graded", PARTY_ORGANIZATION, BEST,
                        "{monthsSinceEstablished: 5}", null, "II.6-established-under-6-months"),
                row("II.6 organisation established exactly 6 months graded", PARTY_ORGANIZATION, BEST,
                        "{monthsSinceEstablished: 6}", HTXSNV));
    }

    static Stream<Arguments> collectiveRows() {
        return Stream.of(
                row("II.3.3.a key XUAT_SAC others TOT", LEADERSHIP_COLLECTIVE, BEST, "", HTXSNV),
                row("II.3.3.a key TOT rules out HTXSNV", LEADERSHIP_COLLECTIVE, "k1:TOT o1:TOT", "", HTTNV,
                        "II.3.3.a-key-criteria"),
                row("II.3.3.b key TRUNG_BINH rules out HTTNV", LEADERSHIP_COLLECTIVE, "k1:TRUNG_BINH o1:TOT", "",
                        HTNV, "II.3.3.a-key-criteria", "II.3.3.b-key-criteria"),
                row("II.3.3.c other criterion KEM", LEADERSHIP_COLLECTIVE, "k1:XUAT_SAC o1:KEM", "", KHTNV,
                        "II.3.3.a-other-criteria", "II.3.3.b-other-criteria", "II.3.3.c-criteria"),
                row("II.3.3.a unit HTXSNV no cap", LEADERSHIP_COLLECTIVE, BEST, "{unitLevel: 'HTXSNV'}", HTXSNV),
                row("II.3.3.a unit HTTNV caps the collective", LEADERSHIP_COLLECTIVE, BEST, "{unitLevel: 'HTTNV'}",
                        HTTNV, "II.3.3.a-unit-cap"),
                row("II.3.3.a unit HTNV caps the collective", LEADERSHIP_COLLECTIVE, BEST, "{unitLevel: 'HTNV'}",
                        HTNV, "II.3.3.a-unit-cap"),
                row("II.3.3.b no member disciplined", LEADERSHIP_COLLECTIVE, BEST, "{memberDisciplineMax: 'NONE'}",
                        HTXSNV),
                row("II.3.3.b member reprimanded (khiển trách)", LEADERSHIP_COLLECTIVE, BEST,
                        "{memberDisciplineMax: 'KHIEN_TRACH'}", HTNV, "II.3.3.b-member-disciplined"),
                row("II.3.3.d member warned (cảnh cáo)", LEADERSHIP_COLLECTIVE, BEST,
                        "{memberDisciplineMax: 'CANH_CAO'}", KHTNV,
                        "II.3.3.b-member-disciplined", "II.3.3.d-member-warning-or-heavier"),
                row("II.3.3.d member expelled (khai trừ)", LEADERSHIP_COLLECTIVE, BEST,
                        "{memberDisciplineMax: 'KHAI_TRU'}", KHTNV,
                        "II.3.3.b-member-disciplined", "II.3.3.d-member-warning-or-heavier"),
                row("II.3.3.d internal disunity concluded", LEADERSHIP_COLLECTIVE, BEST, "{disunityConcluded: true}",
                        KHTNV, "II.3.3.d-disunity"),
                row("II.3.3.d member degradation concluded", LEADERSHIP_COLLECTIVE, BEST,
                        "{memberDegradationConcluded: true}", KHTNV, "II.3.3.d-member-degradation"),
                row("II.3.3.d unit targets 49% under 50%", LEADERSHIP_COLLECTIVE, BEST,
                        "{targetsCompletedPercent: 49}", KHTNV, "II.3.3.d-targets-under-50pct"),
                row("II.3.3.d unit targets exactly 50%", LEADERSHIP_COLLECTIVE, BEST,
                        "{targetsCompletedPercent: 50}", HTXSNV),
                row("II.3.3.d unit targets 49% with force majeure", LEADERSHIP_COLLECTIVE, BEST,
                        "{targetsCompletedPercent: 49, forceMajeure: true}", HTXSNV),
                row("II.3.3.d main targets not 100%", LEADERSHIP_COLLECTIVE, BEST, "{mainTargetsAllMet: false}",
                        KHTNV, "II.3.3.d-main-targets-not-met"),
                row("II.3.3.d main targets not 100% with force majeure", LEADERSHIP_COLLECTIVE, BEST,
                        "{mainTargetsAllMet: false, forceMajeure: true}", HTXSNV),
                row("II.3.3.d collective disciplined", LEADERSHIP_COLLECTIVE, BEST, "{disciplined: true}", KHTNV,
                        "II.3.3.d-disciplined"),
                row("II.3.3.c collective disciplined, self-detected and remedied", LEADERSHIP_COLLECTIVE, BEST,
                        "{disciplined: true, selfDetectedAndRemedied: true}", HTXSNV));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"memberRows", "leaderRows", "organizationRows", "collectiveRows"})
    void allowsTheHighestLevelTheStandardsPermit(String clause, SubjectType type, String criteria, String facts,
                                                  Level expectedMax, Set<String> expectedRules) throws Exception {
        GradingResult result = ruleSet.evaluate(new GradingSubject(type, criteria(criteria), facts(facts)));

        assertThat(result.graded()).as("graded").isEqualTo(expectedMax != null);
        assertThat(result.maxLevel()).as("maxLevel").isEqualTo(expectedMax);
        assertThat(result.reasons()).extracting(Reason::rule).as("rule ids")
                .containsExactlyInAnyOrderElementsOf(expectedRules);
    }

    @Test
    void messagesCiteTheClauseAndTheConsequenceInVietnamese() {
        GradingResult result = ruleSet.evaluate(new GradingSubject(MEMBER, criteria("k1:TOT o1:TOT"), null));

        assertThat(result.reasons()).singleElement().extracting(Reason::message).isEqualTo(
                "Mục II.2.3.a: tiêu chí chủ yếu \"k1\" chưa đạt mức Xuất sắc; "
                        + "mức cao nhất có thể là Hoàn thành tốt nhiệm vụ.");
    }

    /** Users read the reasons (the ballot's brief, the results): a named criterion is cited by its name. */
    @Test
    void aNamedCriterionIsCitedByItsNameNotItsCode() {
        GradingResult result = ruleSet.evaluate(new GradingSubject(MEMBER, List.of(
                new Criterion("chuc-trach-nhiem-vu", true, Rating.TOT, null, "Thực hiện chức trách, nhiệm vụ được giao"),
                new Criterion("khac-phuc-han-che", false, Rating.TOT, null, "Khắc phục hạn chế, khuyết điểm")), null));

        assertThat(result.reasons()).singleElement().extracting(Reason::message).isEqualTo(
                "Mục II.2.3.a: tiêu chí chủ yếu \"Thực hiện chức trách, nhiệm vụ được giao\" chưa đạt mức Xuất sắc; "
                        + "mức cao nhất có thể là Hoàn thành tốt nhiệm vụ.");
    }

    private static Arguments row(String clause, SubjectType type, String criteria, String facts, Level expectedMax,
                                 String... expectedRules) {
        return Arguments.of(clause, type, criteria, facts, expectedMax, Set.of(expectedRules));
    }

    /** Twelve monthly levels: one {@code odd} month, the rest {@code usual}. */
    private static String months(Level odd, Level usual) {
        return Stream.concat(Stream.of(odd), Stream.generate(() -> usual).limit(11))
                .map(level -> "'" + level + "'")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static List<Criterion> criteria(String spec) {
        return Arrays.stream(spec.split(" "))
                .filter(token -> !token.isBlank())
                .map(token -> token.split(":"))
                .map(part -> new Criterion(part[0], part[0].startsWith("k"), Rating.valueOf(part[1]), null))
                .toList();
    }

    private static GradingFacts facts(String json) throws Exception {
        return json.isEmpty() ? null : LENIENT_JSON.readValue(json, GradingFacts.class);
    }
}
