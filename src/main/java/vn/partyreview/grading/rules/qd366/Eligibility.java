package vn.partyreview.grading.rules.qd366;

import static vn.partyreview.grading.rules.qd366.Numbers.isBelow;
import static vn.partyreview.grading.rules.qd366.Numbers.isTrue;

import java.util.ArrayList;
import java.util.List;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.SubjectType;

/**
 * Subjects not graded (Điều 5, as SPEC §15 reports it; the article's own wording was not found by the search tool):
 * members exempted from work and activity, suspended, or admitted less than 6 months ago; organisations
 * established less than 6 months ago (read as SPEC §8). Collectives are always graded.
 */
final class Eligibility {

    private static final String CITATION = "Điều 5 Quy định 366-QĐ/TW: ";

    private Eligibility() {
    }

    static List<Reason> notGradedReasons(SubjectType type, GradingFacts facts, Qd366Thresholds thresholds) {
        List<Reason> reasons = new ArrayList<>();
        if (type == SubjectType.MEMBER || type == SubjectType.LEADER) {
            if (isTrue(facts.exempt())) {
                reasons.add(new Reason("D5-exempt", CITATION
                        + "đảng viên được miễn công tác và sinh hoạt đảng không thuộc đối tượng đánh giá, xếp loại chất lượng."));
            }
            // a committee member suspended only from committee activity is still an active member
            if (isTrue(facts.suspended()) && !isTrue(facts.committeeSuspendedOnly())) {
                reasons.add(new Reason("D5-suspended", CITATION
                        + "đảng viên đang bị đình chỉ sinh hoạt đảng không thuộc đối tượng đánh giá, xếp loại chất lượng."));
            }
            if (isBelow(facts.monthsSinceAdmission(), thresholds.minMonthsAsMember())) {
                reasons.add(new Reason("D5-admitted-recently", CITATION + "đảng viên mới được kết nạp chưa đủ %s tháng "
                        .formatted(Numbers.spell(thresholds.minMonthsAsMember()))
                        + "không thuộc đối tượng đánh giá, xếp loại chất lượng."));
            }
        }
        if (type == SubjectType.PARTY_ORGANIZATION
                && isBelow(facts.monthsSinceEstablished(), thresholds.minMonthsEstablished())) {
            reasons.add(new Reason("D5-established-recently", CITATION + "tổ chức đảng mới thành lập chưa đủ %s tháng "
                    .formatted(Numbers.spell(thresholds.minMonthsEstablished()))
                    + "không đánh giá, xếp loại chất lượng."));
        }
        return reasons;
    }
}
