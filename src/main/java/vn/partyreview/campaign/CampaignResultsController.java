package vn.partyreview.campaign;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partyreview.grading.InputError;

/** The results contract (SPEC §12): the campaigns a caller may read and each one's results. */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignResultsController {

    static final String BAD_ID = "Mã đợt kiểm điểm (id) phải là một số nguyên.";
    static final String NOT_FOUND = "Không tìm thấy đợt kiểm điểm.";
    static final String FORBIDDEN = "Đồng chí không có quyền xem kết quả của đợt kiểm điểm này.";

    private final CampaignResults results;
    private final CampaignReaders readers;
    private final CampaignRepository campaigns;
    private final IdentityService identityService;

    public CampaignResultsController(CampaignResults results, CampaignReaders readers, CampaignRepository campaigns,
                                     IdentityService identityService) {
        this.results = results;
        this.readers = readers;
        this.campaigns = campaigns;
        this.identityService = identityService;
    }

    @GetMapping
    public List<CampaignSummary> campaigns() {
        return readers.readable(identityService.getCurrentAuthentication());
    }

    /** 400 for an id that is not a number, 404 for no such campaign, 403 for a caller who may not read it. */
    @GetMapping("/{id}/results")
    public ResponseEntity<?> results(@PathVariable("id") String id) {
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
        return ResponseEntity.of(results.of(campaignId));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
