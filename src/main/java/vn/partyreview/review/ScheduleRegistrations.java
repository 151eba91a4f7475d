package vn.partyreview.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.member.PositionRole;
import vn.partyreview.notifications.ResultNotification;
import vn.partyreview.notifications.ResultNotificationRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.JsonVariables;

/**
 * Schedule registration [H C.7, P C.2.7]: every basic organisation and cell registers its review meetings with its
 * superior, whose office assigns a member of the superior's committee to attend; both stored in
 * {@code schedule_registration}, the attendee told ({@code GET /api/notifications}). Who acts is read from the
 * records: the model calls these as {@code ${scheduleRegistrations.registeringGroup(orgCode)}}.
 */
@Service("scheduleRegistrations")
@Transactional
public class ScheduleRegistrations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Who may be sent to attend: the superior's committee [H C.7: UVTV; P I.4.2: Đảng ủy viên phụ trách]. */
    private static final List<PositionRole> ATTENDING = List.of(PositionRole.SECRETARY,
            PositionRole.DEPUTY_SECRETARY, PositionRole.STANDING_MEMBER, PositionRole.COMMITTEE_MEMBER);

    private final OrganizationRepository organizations;
    private final PositionHolders holders;
    private final ScheduleRegistrationRepository registrations;
    private final ResultNotificationRepository notifications;
    private final JsonVariables json;

    ScheduleRegistrations(OrganizationRepository organizations, PositionHolders holders,
                          ScheduleRegistrationRepository registrations, ResultNotificationRepository notifications,
                          JsonVariables json) {
        this.organizations = organizations;
        this.holders = holders;
        this.registrations = registrations;
        this.notifications = notifications;
        this.json = json;
    }

    /** A committee's office registers; a cell (chi bộ) through its chi ủy. */
    @Transactional(readOnly = true)
    public String registeringGroup(String orgCode) {
        Organization org = organization(orgCode);
        boolean hasOffice = org.getKind() == OrganizationKind.BASIC_COMMITTEE
                || org.getKind() == OrganizationKind.DISTRICT_COMMITTEE;
        return (hasOffice ? GroupRole.OFFICE : GroupRole.COMMITTEE).groupOf(org.getCode());
    }

    /**
     * The superior's office assigns the attendee; under a district its organising committee, through which the
     * district plan has schedules registered [H C.7].
     */
    @Transactional(readOnly = true)
    public String assigningGroup(String orgCode) {
        Organization superior = superior(orgCode).orElseThrow();
        return (superior.getKind() == OrganizationKind.DISTRICT_COMMITTEE ? GroupRole.ORGANIZING : GroupRole.OFFICE)
                .groupOf(superior.getCode());
    }

    /** Whether an attendee can be assigned: the organisation has a superior in our records with a committee. */
    @Transactional(readOnly = true)
    public boolean attendeeAssignable(String orgCode) {
        return !candidates(orgCode).isEmpty();
    }

    /** The attendee select's options: the superior's committee members, by user id. */
    @Transactional(readOnly = true)
    public TypedValue attendeeChoices(String orgCode) {
        return json.spin(candidates(orgCode).stream()
                .map(member -> Map.of("label", member.getFullName(), "value", member.getUserId())).toList());
    }

    /** Stores (or replaces) the dates the organisation registered. */
    public void register(String campaignId, String orgCode, LocalDate reviewMeeting, LocalDate gradingMeeting,
                         String note, String by) {
        ScheduleRegistration registration = registrations.findByCampaignIdAndOrgCode(campaignId, orgCode)
                .orElseGet(() -> new ScheduleRegistration(campaignId, orgCode));
        registration.register(reviewMeeting, gradingMeeting, note, by, now());
        registrations.save(registration);
    }

    /** Stores the attendee, who must be on the superior's committee in our records, and tells them. */
    public void assign(String campaignId, String orgCode, String attendeeUserId, String by) {
        PartyMember attendee = candidates(orgCode).stream()
                .filter(member -> member.getUserId().equals(attendeeUserId)).findFirst()
                .orElseThrow(() -> new BadUserRequestException("Người được phân công dự không thuộc cấp ủy cấp trên."));
        ScheduleRegistration registration = registrations.findByCampaignIdAndOrgCode(campaignId, orgCode)
                .orElseThrow(() -> new IllegalStateException("Chưa đăng ký lịch kiểm điểm của " + orgCode));
        Instant now = now();
        registration.assign(attendee.getUserId(), attendee.getFullName(), by, now);
        notifications.save(new ResultNotification(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode,
                attendee.getUserId(), message(registration, organization(orgCode)), now));
    }

    /** Every registration of the campaign, by organisation code. */
    @Transactional(readOnly = true)
    public Map<String, ScheduleRegistration> of(String campaignId) {
        Map<String, ScheduleRegistration> byOrganization = new LinkedHashMap<>();
        registrations.findByCampaignIdOrderByOrgCode(campaignId)
                .forEach(registration -> byOrganization.put(registration.getOrgCode(), registration));
        return byOrganization;
    }

    private static String message(ScheduleRegistration registration, Organization org) {
        return "Đồng chí được phân công dự, chỉ đạo hội nghị kiểm điểm của %s: kiểm điểm tập thể ngày %s, đánh giá, "
                .formatted(org.getName(), registration.getReviewMeetingDate().format(DAY))
                + "xếp loại chất lượng ngày %s.".formatted(registration.getGradingMeetingDate().format(DAY));
    }

    private List<PartyMember> candidates(String orgCode) {
        return superior(orgCode).map(superior -> holders.holdingAny(superior.getCode(), ATTENDING).stream()
                .filter(member -> member.getUserId() != null).toList()).orElse(List.of());
    }

    private Optional<Organization> superior(String orgCode) {
        return Optional.ofNullable(organization(orgCode).getParent());
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
