package vn.partyreview.grading.rules;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * Facts about a subject, all optional: an absent fact never counts against the subject.
 * Which facts matter depends on the subject type and the rule set (SPEC §8, §15).
 */
public record GradingFacts(
        // members and leaders
        Boolean civilServant,
        Level civilServantLevel,
        List<@NotNull(message = "Thiếu mức xếp loại tháng") Level> civilServantMonthlyLevels,
        Boolean degradationConcluded,
        @PositiveOrZero(message = "Số tháng nghỉ ốm không được âm") BigDecimal sickLeaveMonths,
        @PositiveOrZero(message = "Số tháng kể từ khi kết nạp không được âm") BigDecimal monthsSinceAdmission,
        Boolean exempt,
        Boolean suspended,
        Boolean committeeSuspendedOnly,
        Level headedUnitLevel,
        Boolean movedInUnrelated,
        // organisations
        OrganizationKind kind,
        List<@NotNull(message = "Thiếu mức xếp loại") Level> subordinateLevels,
        Level governmentLevel,
        Level mttqLevel,
        List<@NotNull(message = "Thiếu mức xếp loại") Level> massOrganizationLevels,
        Boolean partyBuildingKem,
        @PositiveOrZero(message = "Số tháng kể từ khi thành lập không được âm") BigDecimal monthsSinceEstablished,
        // collectives
        Level unitLevel,
        Discipline memberDisciplineMax,
        Boolean disunityConcluded,
        Boolean memberDegradationConcluded,
        Boolean mainTargetsAllMet,
        // shared
        Boolean disciplined,
        Boolean selfDetectedAndRemedied,
        @DecimalMin(value = "0", message = "Tỷ lệ hoàn thành chỉ tiêu phải từ 0 đến 100")
        @DecimalMax(value = "100", message = "Tỷ lệ hoàn thành chỉ tiêu phải từ 0 đến 100")
        BigDecimal targetsCompletedPercent,
        Boolean forceMajeure,
        // QD366-2025 (SPEC §15): the subject's own tasks
        @Percent(message = "Tỷ lệ nhiệm vụ đã hoàn thành phải từ 0 đến 100") BigDecimal tasksCompletedPercent,
        @Percent(message = "Tỷ lệ nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng phải từ 0 đến 100")
        BigDecimal tasksOnTimePercent,
        @Percent(message = "Tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu phải từ 0 đến 100") BigDecimal tasksExceededPercent,
        @Percent(message = "Tỷ lệ nhiệm vụ chậm tiến độ phải từ 0 đến 100") BigDecimal tasksBehindSchedulePercent,
        @Percent(message = "Tỷ lệ nhiệm vụ không hoàn thành phải từ 0 đến 100") BigDecimal tasksFailedPercent,
        @Percent(message = "Tỷ lệ hạn chế, khuyết điểm kỳ trước đã khắc phục phải từ 0 đến 100")
        BigDecimal previousShortcomingsFixedPercent,
        Discipline disciplineLevel,
        Boolean violatedProhibitions,
        Boolean selfReportedAndRemedied,
        // QD366-2025: the units a leader or collective leads
        @Percent(message = "Tỷ lệ nhiệm vụ đơn vị đã hoàn thành phải từ 0 đến 100") BigDecimal unitTasksCompletedPercent,
        @Percent(message = "Tỷ lệ nhiệm vụ đơn vị hoàn thành đúng tiến độ phải từ 0 đến 100")
        BigDecimal unitTasksOnTimePercent,
        @Percent(message = "Tỷ lệ nhiệm vụ đơn vị hoàn thành vượt yêu cầu phải từ 0 đến 100")
        BigDecimal unitTasksExceededPercent,
        @Percent(message = "Tỷ lệ đơn vị xếp loại không hoàn thành nhiệm vụ phải từ 0 đến 100")
        BigDecimal subordinateUnitsKhtPercent,
        @Percent(message = "Tỷ lệ phiếu tín nhiệm thấp phải từ 0 đến 100") BigDecimal lowConfidenceVotesPercent,
        Boolean unitFiveTargetsMissed,
        Boolean corruptionDisciplinedInScope,
        // QD366-2025: collectives and organisations
        Boolean personnelViolationConcluded,
        Boolean memberDisciplinedKhienTrachOrAbove,
        Boolean subordinateOrMemberDisciplined) {

    private static final GradingFacts NONE = new GradingFacts(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public static GradingFacts none() {
        return NONE;
    }

    /** A member's standing in the party, the facts eligibility reads before anything is rated. */
    public static GradingFacts standing(BigDecimal monthsSinceAdmission, boolean exempt, boolean suspended,
                                        boolean committeeSuspendedOnly) {
        return new GradingFacts(null, null, null, null, null, monthsSinceAdmission, exempt, suspended,
                committeeSuspendedOnly, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
