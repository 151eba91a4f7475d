package vn.partyreview.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partyreview.campaign.CampaignRepository;

/**
 * Administrators cancel a decided result and have it decided again [P II.6]: starts the same re-grading process the
 * competent body starts from Tasklist, after the same checks. Bad input answers 400 naming the field.
 */
@RestController
@RequestMapping("/api/campaigns")
class RegradingController {

    record RegradingRequest(String subjectType, String subjectCode, String reasons) {
    }

    record Started(String processInstanceId) {
    }

    record FieldError(String field, String message) {
    }

    record Errors(List<FieldError> errors) {
    }

    /** The API's field for each start-form field. */
    private static final Map<String, String> API_FIELDS = Map.of(
            RegradingProcess.CAMPAIGN_ID, "id",
            RegradingProcess.SUBJECT_TYPE, "subjectType",
            RegradingProcess.SUBJECT_CODE, "subjectCode",
            RegradingProcess.REASONS, "reasons");

    private final Regradings regradings;
    private final CampaignRepository campaigns;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    RegradingController(Regradings regradings, CampaignRepository campaigns, RuntimeService runtimeService,
                        IdentityService identityService) {
        this.regradings = regradings;
        this.campaigns = campaigns;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    @PostMapping("/{id}/regradings")
    ResponseEntity<?> regrade(@PathVariable long id, @RequestBody RegradingRequest request) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Errors(List.of(new FieldError("",
                    "Chỉ quản trị viên mới được hủy kết quả xếp loại qua API."))));
        }
        if (!campaigns.existsById(id)) {
            return ResponseEntity.notFound().build();
        }
        String campaignId = String.valueOf(id);
        Map<String, String> refusals = regradings.refusals(campaignId, request.subjectType(), request.subjectCode(),
                request.reasons(), caller);
        if (!refusals.isEmpty()) {
            return ResponseEntity.badRequest().body(new Errors(refusals.entrySet().stream()
                    .map(refusal -> new FieldError(API_FIELDS.get(refusal.getKey()), refusal.getValue())).toList()));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(RegradingProcess.CAMPAIGN_ID, campaignId);
        variables.put(RegradingProcess.SUBJECT_TYPE, request.subjectType());
        variables.put(RegradingProcess.SUBJECT_CODE, request.subjectCode());
        variables.put(RegradingProcess.REASONS, request.reasons());
        String instance = runtimeService.startProcessInstanceByKey(RegradingProcess.PROCESS_KEY, variables).getId();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(instance));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Errors> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError("",
                "Nội dung yêu cầu không phải JSON hợp lệ."))));
    }
}
