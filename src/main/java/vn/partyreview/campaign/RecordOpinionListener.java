package vn.partyreview.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** On completing "Tham gia ý kiến đánh giá": stores one body's opinion on the organisation. */
@Component("recordOpinion")
public class RecordOpinionListener implements TaskListener {

    private final SubjectOpinionRepository opinions;

    public RecordOpinionListener(SubjectOpinionRepository opinions) {
        this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        opinions.save(new SubjectOpinion((String) task.getVariable("campaignId"), SubjectType.PARTY_ORGANIZATION,
                (String) task.getVariable("orgCode"), (String) task.getVariable("bodyCode"),
                Level.valueOf((String) task.getVariable("opinionLevel")), (String) task.getVariable("opinionComment"),
                user == null ? null : user.getUserId(), ClockUtil.getCurrentTime().toInstant()));
    }
}
