package vn.partyreview.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignSchedule;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.process.ProcessLists;
import vn.partyreview.review.CellMembersRoundProcess;

/** Step "Lập danh sách biểu quyết" of a round: the inputs of the {@code secretBallot} call, the members to decide on. */
@Component("prepareBallot")
class PrepareBallotDelegate implements JavaDelegate {

    private final CellBallots ballots;
    private final CampaignSchedule schedule;

    public PrepareBallotDelegate(CellBallots ballots, CampaignSchedule schedule) {
        this.ballots = ballots;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(ProcessContract.CAMPAIGN_ID);
        String orgCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        CellBallots.BallotSheet sheet = ballots.sheet(campaignId, orgCode,
                (Integer) execution.getVariable(CellMembersRoundProcess.ROUND));

        execution.setVariable(CellMembersRoundProcess.GRADED_MEMBER_CODES, ProcessLists.of(sheet.memberCodes()));
        execution.setVariable(SecretBallot.TITLE, sheet.title());
        execution.setVariable(SecretBallot.SUBJECTS, SpinValues.jsonValue(sheet.subjectsJson()).create());
        execution.setVariable(SecretBallot.VOTERS, ProcessLists.of(sheet.voterIds()));
        execution.setVariable(SecretBallot.DEADLINE, schedule.deadlineFor(campaignId, orgCode));
    }
}
