package vn.partyreview.facts;

import java.util.List;
import java.util.Set;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The names of recorded facts. Those named as in the grading API ({@code GradingFacts}, SPEC §8) feed it as they
 * are; {@link #DISCIPLINE} feeds it as {@code disciplined}; the others are shown to the deciding body only.
 */
public final class FactNames {

    /** A member's discipline: {@code {"level", "decidedOn", "violationOrganization"}}; level NONE withdraws it. */
    public static final String DISCIPLINE = "discipline";
    public static final String DISCIPLINED = "disciplined";
    public static final String DEGRADATION_CONCLUDED = "degradationConcluded";
    public static final String SICK_LEAVE_MONTHS = "sickLeaveMonths";
    /** Shown only: a member on maternity leave is graded on the time actually worked [P II.6]. */
    public static final String MATERNITY_LEAVE_MONTHS = "maternityLeaveMonths";
    public static final String CIVIL_SERVANT_LEVEL = "civilServantLevel";
    public static final String CIVIL_SERVANT_MONTHLY_LEVELS = "civilServantMonthlyLevels";
    public static final String MOVED_IN_UNRELATED = "movedInUnrelated";
    /** Shown only: the comment of the cell a member was transferred from, or of the temporary cell. */
    public static final String PREVIOUS_CELL_COMMENT = "previousCellComment";
    public static final String TEMPORARY_CELL_COMMENT = "temporaryCellComment";
    public static final String TARGETS_COMPLETED_PERCENT = "targetsCompletedPercent";
    public static final String FORCE_MAJEURE = "forceMajeure";
    public static final String PARTY_BUILDING_KEM = "partyBuildingKem";
    /**
     * The results the organisation's same-level bodies reported for themselves [H C.2-3, P C.2.3, 2.6]:
     * {@code {bodyCode: {"fact", "level"}}}, each feeding the grading API's {@code fact} ({@link #GOVERNMENT_LEVEL},
     * {@link #MTTQ_LEVEL} or {@link #MASS_ORGANIZATION_LEVELS}).
     */
    public static final String BODY_RESULTS = "bodyResults";
    public static final String GOVERNMENT_LEVEL = "governmentLevel";
    public static final String MTTQ_LEVEL = "mttqLevel";
    public static final String MASS_ORGANIZATION_LEVELS = "massOrganizationLevels";
    /**
     * QĐ 366 Đ11: the competent body marked the basic organisation outstanding, so up to 25% of its members may be
     * decided HTXSNV: {@code {"marked", "reasons"}}. Read by the quota, never by the standards.
     */
    public static final String OUTSTANDING = "outstanding";

    private static final Set<String> MEMBER_GRADING = Set.of(DEGRADATION_CONCLUDED, SICK_LEAVE_MONTHS,
            CIVIL_SERVANT_LEVEL, CIVIL_SERVANT_MONTHLY_LEVELS);
    private static final Set<String> ORGANIZATION_GRADING = Set.of(DISCIPLINED, TARGETS_COMPLETED_PERCENT,
            FORCE_MAJEURE, PARTY_BUILDING_KEM);

    private FactNames() {
    }

    /** Recorded facts the grading API takes as they are for this subject type; discipline is derived apart. */
    static Set<String> gradingNames(SubjectType type) {
        return switch (type) {
            case MEMBER -> MEMBER_GRADING;
            case LEADER -> Set.of(MOVED_IN_UNRELATED);
            case PARTY_ORGANIZATION -> ORGANIZATION_GRADING;
            case LEADERSHIP_COLLECTIVE -> Set.of();
        };
    }

    static List<String> all() {
        return List.of(DISCIPLINE, DISCIPLINED, DEGRADATION_CONCLUDED, SICK_LEAVE_MONTHS, MATERNITY_LEAVE_MONTHS,
                CIVIL_SERVANT_LEVEL, CIVIL_SERVANT_MONTHLY_LEVELS, MOVED_IN_UNRELATED, PREVIOUS_CELL_COMMENT,
                TEMPORARY_CELL_COMMENT, TARGETS_COMPLETED_PERCENT, FORCE_MAJEURE, PARTY_BUILDING_KEM, BODY_RESULTS, OUTSTANDING);
    }
}
