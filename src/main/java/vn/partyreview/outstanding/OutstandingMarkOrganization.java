package vn.partyreview.outstanding;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.partyreview.identity.ProcessOrganization;

/** An outstanding mark lives in the tenant of the organisation it marks. */
@Component
class OutstandingMarkOrganization implements ProcessOrganization {

    @Override
    public String processKey() {
        return OutstandingMarkProcess.PROCESS_KEY;
    }

    @Override
    public Optional<String> organizationOf(Map<String, Object> startVariables) {
        return startVariables.get(OutstandingMarkProcess.ORG_CODE) instanceof String orgCode
                ? Optional.of(orgCode) : Optional.empty();
    }
}
