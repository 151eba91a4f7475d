package vn.partyreview.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;

/**
 * Deadlines of a campaign as the ISO-8601 strings with the Vietnamese offset that BPMN {@code timeDate} needs
 * (a string without offset would use the server's zone). "Finished before 15/12" is due at the start of 15/12.
 */
@Component("campaignSchedule")
public class CampaignSchedule {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final int DRAFT_NOTICE_WORKING_DAYS = 3;

    private final CampaignService campaigns;
    private final OrganizationRepository organizations;

    public CampaignSchedule(CampaignService campaigns, OrganizationRepository organizations) {
        this.campaigns = campaigns;
        this.organizations = organizations;
    }

    /** When the organisation, its collective and its members must be finished (SPEC §4). */
    public String deadlineFor(String campaignId, String orgCode) {
        CampaignDeadlines deadlines = campaigns.deadlines(campaignId);
        return startOf(switch (organization(orgCode).getKind()) {
            case CELL -> deadlines.getLowerLevelDeadline();
            case BASIC_CELL, BASIC_COMMITTEE -> deadlines.getBasicLevelDeadline();
            case DISTRICT_COMMITTEE -> deadlines.getDecisionDeadline();
        });
    }

    /** When the organisations directly under this one must be finished. */
    public String subordinatesDeadline(String campaignId, String orgCode) {
        CampaignDeadlines deadlines = campaigns.deadlines(campaignId);
        return startOf(organization(orgCode).getKind() == OrganizationKind.DISTRICT_COMMITTEE
                ? deadlines.getBasicLevelDeadline() : deadlines.getLowerLevelDeadline());
    }

    /** When HĐND/UBND, MTTQ and the mass organisations report their own results (default 20/12; ward plan 05/12). */
    public String reportsDeadline(String campaignId) {
        return startOf(campaigns.deadlines(campaignId).getReportsDeadline());
    }

    /** When an organisation or cell registers its review schedule with the level above (default 25/11). */
    public String registrationDeadline(String campaignId) {
        return startOf(campaigns.deadlines(campaignId).getRegistrationDeadline());
    }

    /** When a committee sends its results and dossiers up (default 23/12). */
    public String dossierDeadline(String campaignId) {
        return startOf(campaigns.deadlines(campaignId).getDossierDeadline());
    }

    /** When the competent committee must have decided every level of the campaign. */
    public String decisionDeadline(String campaignId) {
        return startOf(campaigns.deadlines(campaignId).getDecisionDeadline());
    }

    /** The earliest meeting once the draft report is sent: the draft goes out at least 3 working days before [P I.4.1]. */
    public String meetingNotBefore(Date sentAt) {
        LocalDate sentOn = sentAt.toInstant().atZone(VIETNAM).toLocalDate();
        return startOf(WorkingDays.after(sentOn, DRAFT_NOTICE_WORKING_DAYS));
    }

    static String startOf(LocalDate day) {
        return ZonedDateTime.of(day.atStartOfDay(), VIETNAM).format(ISO_WITH_OFFSET);
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }
}
