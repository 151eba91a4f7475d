package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** On completing "Tham gia ý kiến đánh giá": stores one body's opinion on the organisation or collective. */
@Component("recordOpinion")
class RecordOpinionListener implements TaskListener {

    private final SubjectOpinionRepository opinions;

    public RecordOpinionListener(SubjectOpinionRepository opinions) {
        this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // a leadership collective's process maps its code in; an organisation's grading has none
        String collectiveCode = (String) task.getVariable(ProcessContract.COLLECTIVE_CODE);
        opinions.save(new SubjectOpinion((String) task.getVariable(ProcessContract.CAMPAIGN_ID),
                collectiveCode != null ? SubjectType.LEADERSHIP_COLLECTIVE : SubjectType.PARTY_ORGANIZATION,
                collectiveCode != null ? collectiveCode : (String) task.getVariable(ProcessContract.ORG_CODE),
                (String) task.getVariable(OrganizationGradingProcess.BODY_CODE),
                Level.valueOf((String) task.getVariable(OrganizationGradingProcess.OPINION_LEVEL)),
                (String) task.getVariable(OrganizationGradingProcess.OPINION_COMMENT),
                user == null ? null : user.getUserId(), ClockUtil.getCurrentTime().toInstant()));
    }
}
