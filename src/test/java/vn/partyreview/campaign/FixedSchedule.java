package vn.partyreview.campaign;

import java.util.Date;

/** Test double of {@link CampaignSchedule} with one deadline for everything. */
public class FixedSchedule {

    private final String deadline;

    public FixedSchedule(String deadline) {
        this.deadline = deadline;
    }

    public String deadlineFor(String campaignId, String orgCode) {
        return deadline;
    }

    public String subordinatesDeadline(String campaignId, String orgCode) {
        return deadline;
    }

    public String registrationDeadline(String campaignId) {
        return deadline;
    }

    public String reportsDeadline(String campaignId) {
        return deadline;
    }

    public String dossierDeadline(String campaignId) {
        return deadline;
    }

    public String decisionDeadline(String campaignId) {
        return deadline;
    }

    public String meetingNotBefore(Date sentAt) {
        return deadline;
    }
}
