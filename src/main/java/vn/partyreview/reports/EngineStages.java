package vn.partyreview.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.partyreview.review.PartyCellProcess;
import vn.partyreview.review.PartyOrganizationProcess;
import vn.partyreview.process.ProcessContract;

/**
 * The stage each organisation's own process instance of a campaign has reached, as the engine runs it: the names
 * of its active steps ("Kiểm điểm đảng viên", "Gửi kết quả, hồ sơ về cấp trên"). Read as the system: the pages
 * decide who sees which organisation from our records, whatever engine authorizations the caller holds.
 */
@Component
class EngineStages {

    private final RuntimeService runtime;
    private final IdentityService identity;

    EngineStages(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Organisation code to the names of the steps its running instance is at; absent when none runs. */
    Map<String, List<String>> of(long campaignId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Map<String, List<String>> stages = new HashMap<>();
            // a cell runs as an organisation instance calling its cell instance: the cell's steps say more
            stepsOf(campaignId, PartyOrganizationProcess.PROCESS_KEY).forEach(stages::put);
            stepsOf(campaignId, PartyCellProcess.PROCESS_KEY).forEach(stages::put);
            return stages;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private Map<String, List<String>> stepsOf(long campaignId, String processKey) {
        Map<String, List<String>> steps = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(ProcessContract.CAMPAIGN_ID, String.valueOf(campaignId)).list()) {
            Object orgCode = runtime.getVariable(instance.getId(), ProcessContract.ORG_CODE);
            ActivityInstance tree = runtime.getActivityInstance(instance.getId());
            if (orgCode != null && tree != null) {
                Set<String> names = new LinkedHashSet<>();
                collectNames(tree, names);
                steps.put(orgCode.toString(), new ArrayList<>(names));
            }
        }
        return steps;
    }

    /** The named steps directly under the scope; a multi-instance body has no name, its inner steps do. */
    private static void collectNames(ActivityInstance scope, Set<String> names) {
        for (ActivityInstance step : scope.getChildActivityInstances()) {
            if (step.getActivityName() != null) {
                names.add(step.getActivityName());
            } else {
                collectNames(step, names);
            }
        }
    }
}
