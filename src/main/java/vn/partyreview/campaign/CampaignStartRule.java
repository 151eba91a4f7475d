package vn.partyreview.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.partyreview.integrity.SubmissionRule;
import vn.partyreview.process.ProcessContract;

/**
 * The campaign start form, checked by the guard before the process starts (SPEC I1): a rule set the grading service
 * knows, a root organisation of our records without a campaign that year, deadlines that hold together
 * ({@link DeadlineRules}), a ward's within its district's, and every office holder the subtree needs on record
 * ({@link CampaignReadiness}). A refusal answers 400 naming the field and starts nothing.
 */
@Component
class CampaignStartRule implements SubmissionRule {

    private final CampaignService campaigns;

    CampaignStartRule(@Lazy CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String formId() {
        return CampaignProcess.START_FORM;
    }

    @Override
    public Map<String, String> refusals(Map<String, Object> submitted, Authentication caller) {
        Map<String, String> refusals = new LinkedHashMap<>();
        Map<String, LocalDate> entered = CampaignService.enteredDeadlines(submitted, refusals);
        Object rootOrgCode = submitted.get(ProcessContract.ROOT_ORG_CODE);
        Integer year = year(submitted.get(CampaignProcess.YEAR));
        Object ruleSet = submitted.get(CampaignProcess.RULE_SET);
        if (refusals.isEmpty() && year != null && rootOrgCode != null) {
            refusals.putAll(campaigns.refusals(year, String.valueOf(rootOrgCode),
                    ruleSet == null ? null : String.valueOf(ruleSet), entered));
        }
        // the gaps of another organisation's records are not told to who may not start its campaign (403 follows)
        if (refusals.isEmpty() && rootOrgCode != null
                && (caller == null || CampaignService.mayStart(caller, String.valueOf(rootOrgCode)))) {
            refusals.putAll(campaigns.missingOfficeHolders(String.valueOf(rootOrgCode)));
        }
        return refusals;
    }

    /** A number from Tasklist, possibly a string from a REST caller; the form's own rules refuse anything else. */
    private static Integer year(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        return value != null && String.valueOf(value).matches("\\d{4}") ? Integer.valueOf(String.valueOf(value))
                : null;
    }
}
