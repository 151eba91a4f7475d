package vn.partyreview.decision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partyreview.campaign.CampaignRepository;

/**
 * {@code PUT /api/campaigns/{id}/organizations/{code}/outstanding} {@code {"outstanding": true, "reasons": "…"}}:
 * the competent body marks a basic organisation outstanding (QĐ 366 Đ11, 25% quota for its members), or withdraws
 * the mark. 204 when recorded; 400 naming the field; 403 for anyone not on the deciding body; 404 for an unknown
 * campaign.
 */
@RestController
@RequestMapping("/api/campaigns")
class OutstandingOrganizationController {

    record MarkRequest(Boolean outstanding, String reasons) {
    }

    record FieldError(String field, String message) {
    }

    record Errors(List<FieldError> errors) {
    }

    private final OutstandingOrganizations outstanding;
    private final CampaignRepository campaigns;
    private final IdentityService identityService;

    OutstandingOrganizationController(OutstandingOrganizations outstanding, CampaignRepository campaigns,
                                      IdentityService identityService) {
        this.outstanding = outstanding;
        this.campaigns = campaigns;
        this.identityService = identityService;
    }

    @PutMapping("/{id}/organizations/{code}/outstanding")
    ResponseEntity<?> mark(@PathVariable String id, @PathVariable String code, @RequestBody MarkRequest request) {
        if (!id.matches("\\d{1,18}")) {
            return badRequest("id", "Mã đợt kiểm điểm phải là một số.");
        }
        if (!campaigns.existsById(Long.valueOf(id))) {
            return ResponseEntity.notFound().build();
        }
        if (request.outstanding() == null) {
            return badRequest("outstanding", "Phải có outstanding: true hoặc false.");
        }
        Authentication caller = identityService.getCurrentAuthentication();
        if (outstanding.isGradedOrganization(id, code) && !outstanding.mayMark(caller, code)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Errors(List.of(new FieldError("",
                    "Chỉ cấp có thẩm quyền quyết định xếp loại tổ chức đảng này được đánh dấu tổ chức tiêu biểu."))));
        }
        Map<String, String> refusals = outstanding.mark(id, code, request.outstanding(), request.reasons(), caller);
        if (!refusals.isEmpty()) {
            return ResponseEntity.badRequest().body(new Errors(refusals.entrySet().stream()
                    .map(refusal -> new FieldError(refusal.getKey(), refusal.getValue())).toList()));
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Errors> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError("",
                "Nội dung yêu cầu không phải JSON hợp lệ."))));
    }

    private static ResponseEntity<Errors> badRequest(String field, String message) {
        return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError(field, message))));
    }
}
