package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/schedule-registration.bpmn}: an organisation or cell registers its review
 * schedule with its superior, whose office assigns who attends.
 */
public final class ScheduleRegistrationProcess {

    public static final String PROCESS_KEY = "scheduleRegistration";
    public static final String REGISTER_TASK = "Task_RegisterSchedule";
    public static final String ASSIGN_TASK = "Task_AssignAttendee";
    public static final String REVIEW_MEETING_DATE = "reviewMeetingDate";
    public static final String GRADING_MEETING_DATE = "gradingMeetingDate";
    public static final String NOTE = "scheduleNote";
    /** The attendee's user id, one of {@link #ATTENDEE_CHOICES}. */
    public static final String ATTENDEE = "attendeeUserId";
    /** The superior's committee members, written from the records when the assignment task opens. */
    public static final String ATTENDEE_CHOICES = "attendeeChoices";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, PartyOrganizationProcess.ORG_NAME)
            .owned(ATTENDEE_CHOICES)
            .userTask(REGISTER_TASK, REVIEW_MEETING_DATE, GRADING_MEETING_DATE, NOTE)
            .userTask(ASSIGN_TASK, ATTENDEE)
            .build();

    private ScheduleRegistrationProcess() {
    }
}
