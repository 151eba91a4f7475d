package vn.partyreview.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partyreview.campaign.CampaignReaders;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.campaign.CampaignSummary;
import vn.partyreview.grading.InputError;
import vn.partyreview.review.ScheduleRegistration;
import vn.partyreview.review.ScheduleRegistrations;

/** The results contract (SPEC §12): the campaigns a caller may read and each one's results. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignResultsController {

    static final String BAD_ID = "Mã đợt kiểm điểm (id) phải là một số nguyên.";
    static final String NOT_FOUND = "Không tìm thấy đợt kiểm điểm.";
    static final String FORBIDDEN = "Đồng chí không có quyền xem kết quả của đợt kiểm điểm này.";

    private final CampaignResults results;
    private final CampaignReaders readers;
    private final CampaignRepository campaigns;
    private final IdentityService identityService;
    private final Rewards rewards;
    private final ScheduleRegistrations schedules;

    public CampaignResultsController(CampaignResults results, CampaignReaders readers, CampaignRepository campaigns,
                                     IdentityService identityService, Rewards rewards,
                                     ScheduleRegistrations schedules) {
        this.results = results;
        this.readers = readers;
        this.campaigns = campaigns;
        this.identityService = identityService;
        this.rewards = rewards;
        this.schedules = schedules;
    }

    @GetMapping
    public List<CampaignSummary> campaigns() {
        return readers.readable(identityService.getCurrentAuthentication());
    }

    /** 400 for an id that is not a number, 404 for no such campaign, 403 for a caller who may not read it. */
    @GetMapping("/{id}/results")
    public ResponseEntity<?> results(@PathVariable("id") String id) {
        return readable(id, campaignId -> ResponseEntity.of(results.of(campaignId)));
    }

    /** The rewards proposed after the results [P II.5], oldest first. */
    @GetMapping("/{id}/rewards")
    public ResponseEntity<?> rewards(@PathVariable("id") String id) {
        return readable(id, campaignId -> ResponseEntity.ok(rewards.of(String.valueOf(campaignId)).stream()
                .map(reward -> new RewardLine(reward.getSubjectType().name(), reward.getSubjectCode(),
                        reward.getTitle(), reward.getProposedBy(), reward.getProposingGroup(), reward.getProposedAt()))
                .toList()));
    }

    /** The review schedules registered and who attends each, by organisation code. */
    @GetMapping("/{id}/schedules")
    public ResponseEntity<?> schedules(@PathVariable("id") String id) {
        return readable(id, campaignId -> ResponseEntity.ok(schedules.of(String.valueOf(campaignId)).values().stream()
                .map(ScheduleLine::of).toList()));
    }

    private ResponseEntity<?> readable(String id, Function<Long, ResponseEntity<?>> answer) {
        long campaignId;
        try {
            campaignId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().body(Map.of("errors", List.of(new InputError("id", BAD_ID))));
        }
        if (!campaigns.existsById(campaignId)) {
            return error(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        if (!readers.mayRead(campaignId, identityService.getCurrentAuthentication())) {
            return error(HttpStatus.FORBIDDEN, FORBIDDEN);
        }
        return answer.apply(campaignId);
    }

    /** One reward proposed, as {@code GET /api/campaigns/{id}/rewards} lists it. */
    record RewardLine(String subjectType, String subjectCode, String title, String proposedBy, String proposingGroup,
                      Instant proposedAt) {
    }

    /** One schedule registered, as {@code GET /api/campaigns/{id}/schedules} lists it. */
    record ScheduleLine(String orgCode, LocalDate reviewMeetingDate, LocalDate gradingMeetingDate, String note,
                        String registeredBy, Instant registeredAt, String attendeeUserId, String attendeeName,
                        String assignedBy, Instant assignedAt) {

        static ScheduleLine of(ScheduleRegistration registration) {
            return new ScheduleLine(registration.getOrgCode(), registration.getReviewMeetingDate(),
                    registration.getGradingMeetingDate(), registration.getNote(), registration.getRegisteredBy(),
                    registration.getRegisteredAt(), registration.getAttendeeUserId(), registration.getAttendeeName(),
                    registration.getAssignedBy(), registration.getAssignedAt());
        }
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
