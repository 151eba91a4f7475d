package vn.partyreview.grading.rules.qd132;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.GradingSubject;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.QuotaResult;
import vn.partyreview.grading.rules.QuotaRule;
import vn.partyreview.grading.rules.Reason;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.grading.rules.TwentyPercentQuota;

/**
 * Rating-based standards of Quy định 132-QĐ/TW (2018) as spelt out in the ward plan, section II
 * (Đảng ủy phường Giang Biên, 2020).
 */
public final class Qd132RuleSet implements GradingRuleSet {

    public static final String ID = "QD132-2018";

    private final Map<SubjectType, SubjectStandards> standards = Map.of(
            SubjectType.MEMBER, new MemberStandards(),
            SubjectType.LEADER, new LeaderStandards(),
            SubjectType.PARTY_ORGANIZATION, new PartyOrganizationStandards(),
            SubjectType.LEADERSHIP_COLLECTIVE, new LeadershipCollectiveStandards());
    private final QuotaRule quotaRule;

    public Qd132RuleSet() {
        this(new TwentyPercentQuota());
    }

    public Qd132RuleSet(QuotaRule quotaRule) {
        this.quotaRule = quotaRule;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public GradingResult evaluate(GradingSubject subject) {
        SubjectStandards forType = standards.get(Objects.requireNonNull(subject.subjectType(), "subjectType"));
        List<Reason> notGraded = notGradedReasons(subject.subjectType(), subject.facts());
        if (!notGraded.isEmpty()) {
            return GradingResult.notGraded(notGraded);
        }
        Ceiling ceiling = new Ceiling();
        forType.limit(subject, ceiling);
        return ceiling.result();
    }

    @Override
    public List<Reason> notGradedReasons(SubjectType type, GradingFacts facts) {
        return standards.get(type).notGradedReasons(facts);
    }

    @Override
    public QuotaResult quota(List<Level> groupLevels) {
        return quotaRule.apply(groupLevels);
    }
}
