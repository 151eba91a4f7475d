package vn.partyreview.review;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tells the calling {@code partyOrganization} that the committee has voted its own level
 * ({@code organizationGrading}, event "Báo đã biểu quyết tự xếp loại"): its dossier goes up only after that
 * [SPEC §14]. A cell's caller waits for nothing and nothing is correlated.
 */
@Component("organizationProgress")
public class OrganizationProgress {

    static final String SELF_GRADED = "organizationSelfGraded";

    private final RuntimeService runtime;

    public OrganizationProgress(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void selfGraded(DelegateExecution execution) {
        String caller = execution.getProcessInstance().getSuperExecution() == null ? null
                : execution.getProcessInstance().getSuperExecution().getProcessInstanceId();
        if (caller != null) {
            runtime.createMessageCorrelation(SELF_GRADED).processInstanceId(caller).correlateAllWithResult();
        }
    }
}
