package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Step "Lập danh sách biểu quyết": the inputs of the {@code secretBallot} call and the members to decide on. */
@Component("prepareBallot")
public class PrepareBallotDelegate implements JavaDelegate {

    private final CellBallots ballots;
    private final CampaignSchedule schedule;

    public PrepareBallotDelegate(CellBallots ballots, CampaignSchedule schedule) {
        this.ballots = ballots;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable("campaignId");
        String orgCode = (String) execution.getVariable("orgCode");
        CellBallots.BallotSheet sheet = ballots.sheet(campaignId, orgCode);

        execution.setVariable("gradedMemberCodes", ProcessLists.of(sheet.memberCodes()));
        execution.setVariable("ballotTitle",
                "Biểu quyết đề xuất mức xếp loại chất lượng đảng viên - " + execution.getVariable("orgName"));
        execution.setVariable("ballotSubjects", SpinValues.jsonValue(sheet.subjectsJson()).create());
        execution.setVariable("ballotVoters", ProcessLists.of(sheet.voterIds()));
        execution.setVariable("ballotDeadline", schedule.deadlineFor(campaignId, orgCode));
    }
}
