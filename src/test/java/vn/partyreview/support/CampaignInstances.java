package vn.partyreview.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import vn.partyreview.decision.DecisionSessionProcess;

/**
 * The process instances of one campaign: the tree under its root instance, and the decision sessions the application
 * convened for its groups (each the root of its own tree, its ballots below it).
 */
public final class CampaignInstances {

    private CampaignInstances() {
    }

    public static List<String> unfinished(HistoryService history, String campaignRoot) {
        return of(history, campaignRoot, true);
    }

    public static List<String> all(HistoryService history, String campaignRoot) {
        return of(history, campaignRoot, false);
    }

    private static List<String> of(HistoryService history, String campaignRoot, boolean unfinished) {
        Set<String> roots = new LinkedHashSet<>(List.of(campaignRoot));
        HistoricVariableInstance campaignId = history.createHistoricVariableInstanceQuery()
                .processInstanceId(campaignRoot).variableName(DecisionSessionProcess.CAMPAIGN_ID).singleResult();
        if (campaignId != null) {
            history.createHistoricProcessInstanceQuery().processDefinitionKey(DecisionSessionProcess.PROCESS_KEY)
                    .variableValueEquals(DecisionSessionProcess.CAMPAIGN_ID, campaignId.getValue()).list()
                    .forEach(session -> roots.add(session.getId()));
        }
        Set<String> instances = new LinkedHashSet<>();
        for (String root : roots) {
            HistoricProcessInstanceQuery tree = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root);
            (unfinished ? tree.unfinished() : tree).list().stream().map(HistoricProcessInstance::getId)
                    .forEach(instances::add);
        }
        return List.copyOf(instances);
    }
}
