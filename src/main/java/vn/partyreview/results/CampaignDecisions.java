package vn.partyreview.results;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.SubjectType;

/** The decisions of one campaign, read in one query: those in force, and those cancelled [P II.6]. */
public interface CampaignDecisions extends Repository<GradingDecision, Long> {

    List<GradingDecision> findByCampaignIdAndCancelledFalse(String campaignId);

    List<GradingDecision> findByCampaignIdAndCancelledTrueOrderByDecidedAtAsc(String campaignId);

    List<GradingDecision> findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledFalse(String campaignId,
                                                                                       SubjectType subjectType,
                                                                                       String subjectId);

    List<GradingDecision> findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledTrueOrderByCancelledAtDesc(
            String campaignId, SubjectType subjectType, String subjectId);
}
