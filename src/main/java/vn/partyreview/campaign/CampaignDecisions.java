package vn.partyreview.campaign;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.partyreview.grading.GradingDecision;

/** The decisions in force of one campaign, read in one query. */
public interface CampaignDecisions extends Repository<GradingDecision, Long> {

    List<GradingDecision> findByCampaignIdAndCancelledFalse(String campaignId);
}
