package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.subjects.CampaignSubjects;

/** Step "Ghi nhận kết quả tự đánh giá" of a leadership collective: its Mẫu 01 ratings and proposed level. */
@Component("recordCollectiveSelfAssessment")
public class RecordCollectiveSelfAssessmentDelegate implements JavaDelegate {

    private final CampaignSubjects subjects;

    public RecordCollectiveSelfAssessmentDelegate(CampaignSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        subjects.recordCollectiveSelfAssessment((String) execution.getVariable(ProcessContract.CAMPAIGN_ID),
                SubjectType.LEADERSHIP_COLLECTIVE, (String) execution.getVariable(ProcessContract.COLLECTIVE_CODE),
                execution::getVariable);
    }
}
