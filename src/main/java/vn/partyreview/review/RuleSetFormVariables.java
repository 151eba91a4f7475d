package vn.partyreview.review;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.process.PostParseListeners;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.record.FormRecords;

/**
 * The campaign's rule set decides what its self-assessment forms ask (issue 13): when a Mẫu 01 or Mẫu 02 task is
 * created, this sets on the task alone, from the records, {@code pointsBased} (the rule set grades on points: the
 * form asks the points and facts, not the ratings) and, for a member, {@code selfReviewTemplate} (2A, 2B or 2C, from
 * the member's positions and civil-servant record; 2A for a leader reviewed at his level). Added to every user task by a parse listener, so the models and
 * their callers stay as they are whichever rule set a campaign names. Only the forms' conditions read these; the
 * grading reads the campaign record.
 */
@Component
public class RuleSetFormVariables extends AbstractProcessEnginePlugin {

    public static final String POINTS_BASED = "pointsBased";
    public static final String SELF_REVIEW_TEMPLATE = "selfReviewTemplate";
    private static final Set<String> FORMS = Set.of(FormRecords.MAU_01, FormRecords.MAU_02);

    private final ObjectProvider<CampaignService> campaigns;
    private final ObjectProvider<PartyMemberRepository> members;

    RuleSetFormVariables(ObjectProvider<CampaignService> campaigns, ObjectProvider<PartyMemberRepository> members) {
        this.campaigns = campaigns;
        this.members = members;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener setVariables = this::setVariables;
        PostParseListeners.onUserTasks(configuration, task -> {
            if (task.getCamundaFormDefinitionKey() != null
                    && FORMS.contains(task.getCamundaFormDefinitionKey().getExpressionText())) {
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, setVariables);
            }
        });
    }

    private void setVariables(DelegateTask task) {
        if (!(task.getVariable(ProcessContract.CAMPAIGN_ID) instanceof String campaignId)) {
            return;
        }
        boolean pointsBased = campaigns.getObject().pointsBased(campaignId);
        task.setVariableLocal(POINTS_BASED, pointsBased);
        if (pointsBased && task.getVariable(ProcessContract.LEADER_CODE) instanceof String) {
            // a leader reviewed at his level answers for the office held: Mẫu 2A, party member or not
            task.setVariableLocal(SELF_REVIEW_TEMPLATE, SelfReviewTemplate.MAU_2A.code());
        } else if (pointsBased && task.getVariable(ProcessContract.MEMBER_CODE) instanceof String memberCode) {
            members.getObject().findByCodeIn(List.of(memberCode)).stream().findFirst().ifPresent(member ->
                    task.setVariableLocal(SELF_REVIEW_TEMPLATE, SelfReviewTemplate.of(member).code()));
        }
    }
}
