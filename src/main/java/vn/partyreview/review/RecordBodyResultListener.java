package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.process.ProcessContract;

/** On completing "Báo cáo kết quả đánh giá, xếp loại": records the body's level on the organisation, with who. */
@Component("recordBodyResult")
class RecordBodyResultListener implements TaskListener {

    private final BodyResults bodyResults;

    public RecordBodyResultListener(BodyResults bodyResults) {
        this.bodyResults = bodyResults;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        bodyResults.record((String) task.getVariable(ProcessContract.CAMPAIGN_ID),
                (String) task.getVariable(ProcessContract.ORG_CODE),
                (String) task.getVariable(OrganizationGradingProcess.REPORTING_BODY_CODE),
                Level.valueOf((String) task.getVariable(OrganizationGradingProcess.BODY_RESULT_LEVEL)),
                user == null ? null : user.getUserId());
    }
}
