package vn.partyreview.outstanding;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.decision.OutstandingOrganizations;

/**
 * The Tasklist way to the outstanding mark ({@link OutstandingMarkProcess}): the start form's fields checked by the
 * same rules as the REST call ({@link OutstandingOrganizations}), refusals named by the form's fields.
 */
@Component
class OutstandingMarks {

    /** The API's field names in {@link OutstandingOrganizations}' refusals, as the start form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("outstanding", OutstandingMarkProcess.OUTSTANDING,
            "code", OutstandingMarkProcess.ORG_CODE, "reasons", OutstandingMarkProcess.REASONS);

    private final OutstandingOrganizations outstanding;
    private final CampaignRepository campaigns;

    OutstandingMarks(@Lazy OutstandingOrganizations outstanding, @Lazy CampaignRepository campaigns) {
        this.outstanding = outstanding;
        this.campaigns = campaigns;
    }

    Map<String, String> refusals(String campaignId, String orgCode, String reasons, Authentication caller) {
        if (campaignId == null || !campaignId.matches("[0-9]{1,18}") || !campaigns.existsById(Long.valueOf(campaignId))) {
            return Map.of(OutstandingMarkProcess.CAMPAIGN_ID, "Không có đợt kiểm điểm \"" + campaignId + "\".");
        }
        if (caller == null) {
            return Map.of(OutstandingMarkProcess.ORG_CODE, "Phải đăng nhập để đánh dấu tổ chức đảng tiêu biểu.");
        }
        try {
            Map<String, String> refusals = new LinkedHashMap<>();
            outstanding.refusals(campaignId, orgCode, reasons, caller)
                    .forEach((field, message) -> refusals.put(FORM_FIELDS.getOrDefault(field, field), message));
            return refusals;
        } catch (AuthorizationException e) {
            return Map.of(OutstandingMarkProcess.ORG_CODE, e.getMessage());
        }
    }

    /** Records the mark with the starter as who; a start that bypassed the guard is refused and records nothing. */
    void record(String campaignId, String orgCode, boolean marked, String reasons, Authentication caller) {
        Map<String, String> refusals = refusals(campaignId, orgCode, reasons, caller);
        if (refusals.isEmpty()) {
            refusals = outstanding.mark(campaignId, orgCode, marked, reasons, caller);
        }
        if (!refusals.isEmpty()) {
            // the engine's REST answers a form error with 400 (an administrator's start, which the guard lets by)
            throw new FormFieldValidationException(refusals.keySet().iterator().next(),
                    String.join(" ", refusals.values()));
        }
    }
}
