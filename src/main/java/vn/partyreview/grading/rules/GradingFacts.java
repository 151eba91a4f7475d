package vn.partyreview.grading.rules;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * Facts about a subject, all optional: an absent fact never counts against the subject.
 * Which facts matter depends on the subject type (SPEC §8).
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
        Boolean forceMajeure) {

    public static GradingFacts none() {
        return new GradingFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
