package vn.partyreview.review;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.process.ProcessContract;

/**
 * On completing the registration or the attendee's assignment (model {@code scheduleRegistration}): stores what the
 * form gave, for the process's own campaign and organisation, with the user who completed it.
 */
@Component("recordSchedule")
class RecordScheduleListener implements TaskListener {

    private final ScheduleRegistrations registrations;

    public RecordScheduleListener(ScheduleRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public void notify(DelegateTask task) {
        String campaignId = (String) task.getVariable(ProcessContract.CAMPAIGN_ID);
        String orgCode = (String) task.getVariable(ProcessContract.ORG_CODE);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = user == null ? null : user.getUserId();
        if (ScheduleRegistrationProcess.ASSIGN_TASK.equals(task.getTaskDefinitionKey())) {
            registrations.assign(campaignId, orgCode, (String) task.getVariable(ScheduleRegistrationProcess.ATTENDEE),
                    by);
        } else {
            registrations.register(campaignId, orgCode, day(task, ScheduleRegistrationProcess.REVIEW_MEETING_DATE),
                    day(task, ScheduleRegistrationProcess.GRADING_MEETING_DATE),
                    (String) task.getVariable(ScheduleRegistrationProcess.NOTE), by);
        }
    }

    private static LocalDate day(DelegateTask task, String field) {
        return LocalDate.parse(String.valueOf(task.getVariable(field)));
    }
}
