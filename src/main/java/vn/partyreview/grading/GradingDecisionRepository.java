package vn.partyreview.grading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

public interface GradingDecisionRepository extends JpaRepository<GradingDecision, Long>, DecidedLevels {

    List<GradingDecision> findByCampaignIdAndQuotaGroupAndCancelledFalse(String campaignId, String quotaGroup);

    List<GradingDecision> findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledFalse(
            String campaignId, SubjectType subjectType, String subjectId);

    @Override
    default List<Level> levelsInGroup(String campaignId, String quotaGroup) {
        return findByCampaignIdAndQuotaGroupAndCancelledFalse(campaignId, quotaGroup).stream()
                .map(GradingDecision::getLevel)
                .toList();
    }

    @Override
    @Transactional
    default void record(DecisionRecord decision) {
        List<GradingDecision> earlier = findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledFalse(
                decision.campaignId(), decision.subjectType(), decision.subjectId());
        earlier.forEach(GradingDecision::cancel);
        saveAll(earlier);
        save(new GradingDecision(decision));
    }
}
