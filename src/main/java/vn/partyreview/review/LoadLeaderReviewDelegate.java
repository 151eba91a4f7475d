package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.LevelLeaders;

/**
 * Step "Xác định cán bộ và nơi kiểm điểm": includes the leader {@code leaderCode} at the level of {@code orgCode}
 * and lists the collectives he is reviewed before; fails (an incident) when the records show him leading nowhere
 * there.
 */
@Component("loadLeaderReview")
class LoadLeaderReviewDelegate implements JavaDelegate {

    private final LevelLeaders leaders;
    private final CampaignSubjects subjects;

    public LoadLeaderReviewDelegate(LevelLeaders leaders, CampaignSubjects subjects) {
        this.leaders = leaders;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        String leaderCode = (String) execution.getVariable(ProcessContract.LEADER_CODE);
        LevelLeaders.LevelLeader leader = leaders.find(orgCode, leaderCode);
        subjects.includeLeader((String) execution.getVariable(ProcessContract.CAMPAIGN_ID), leaderCode, orgCode);
        execution.setVariable(LeaderReviewProcess.REVIEW_PLACE_CODES, ProcessLists.of(leader.reviewPlaces()));
    }
}
