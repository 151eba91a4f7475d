package vn.partyreview.decision;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.partyreview.identity.ProcessOrganization;

/** A re-grading lives in the tenant of its subject's organisation, as the subject's own review did. */
@Component
class RegradingOrganization implements ProcessOrganization {

    private final Regradings regradings;

    RegradingOrganization(@Lazy Regradings regradings) {
        this.regradings = regradings;
    }

    @Override
    public String processKey() {
        return RegradingProcess.PROCESS_KEY;
    }

    @Override
    public Optional<String> organizationOf(Map<String, Object> startVariables) {
        if (startVariables.get(RegradingProcess.CAMPAIGN_ID) instanceof String campaignId
                && startVariables.get(RegradingProcess.SUBJECT_TYPE) instanceof String subjectType
                && startVariables.get(RegradingProcess.SUBJECT_CODE) instanceof String subjectCode) {
            return regradings.organizationOf(campaignId, subjectType, subjectCode);
        }
        return Optional.empty();
    }
}
