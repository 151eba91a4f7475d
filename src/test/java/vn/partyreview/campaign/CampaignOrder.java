package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * The order of SPEC §14 [P I.4.2, P II.6], read from the engine's history of the demo ward's finished campaign, across
 * the called instances (superProcessInstanceId) under the campaign (rootProcessInstanceId).
 */
final class CampaignOrder {

    /** The demo ward's heads: of the committee, HĐND and UBND, MTTQ and the four mass organisations. */
    private static final Set<String> HEADS = Set.of("DV0010", "DV0012", "DV0014", "DV0017", "DV0018", "DV0022",
            "DV0025");

    private final HistoryService history;
    private final HistoricProcessInstance ward;

    CampaignOrder(HistoryService history, String campaignInstanceId) {
        this.history = history;
        this.ward = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(campaignInstanceId)
                .processDefinitionKey("partyOrganization").variableValueEquals("orgCode", "DU-GIANGBIEN")
                .singleResult();
    }

    void check() {
        // HĐND, UBND, MTTQ, the mass organisations and the cells' chi ủy reviewed and graded before the ward
        // committee's own review; the committee's own BCH after the ward's decision, so after that review
        HistoricProcessInstance committeeReview = single("collectiveReview");
        List<HistoricProcessInstance> collectives = called("leadershipCollective");
        List<HistoricProcessInstance> own = collectives.stream()
                .filter(collective -> collective.getBusinessKey().startsWith("BCH-DU-GIANGBIEN")).toList();
        assertThat(own).hasSize(1).allSatisfy(collective -> assertThat(collective.getStartTime())
                .isAfterOrEqualTo(committeeReview.getEndTime()));
        assertThat(collectives).hasSize(10).filteredOn(collective -> !own.contains(collective)).hasSize(9)
                .allSatisfy(collective -> assertThat(collective.getEndTime())
                        .as("collective %s graded before the committee's review", collective.getBusinessKey())
                        .isBeforeOrEqualTo(committeeReview.getStartTime()));

        // the heads' reviews before the deputies' and members', after the committee's review
        List<HistoricProcessInstance> reviews = called("leaderReview");
        assertThat(reviews).hasSize(14);
        List<HistoricProcessInstance> heads = reviews.stream().filter(review -> HEADS.contains(leader(review)))
                .toList();
        List<HistoricProcessInstance> others = reviews.stream().filter(review -> !HEADS.contains(leader(review)))
                .toList();
        assertThat(heads).hasSize(7);
        Date lastHead = heads.stream().map(HistoricProcessInstance::getEndTime).max(Date::compareTo).orElseThrow();
        assertThat(others).hasSize(7).allSatisfy(review -> assertThat(review.getStartTime())
                .as("review of %s after every head's", leader(review)).isAfterOrEqualTo(lastHead));
        assertThat(reviews).allSatisfy(review -> assertThat(review.getStartTime())
                .isAfterOrEqualTo(committeeReview.getEndTime()));
        // the ward secretary's review chaired by a deputy secretary [P I.4.2]
        HistoricProcessInstance secretary = heads.stream().filter(review -> leader(review).equals("DV0010"))
                .findFirst().orElseThrow();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(secretary.getId())
                .taskDefinitionKey("Task_RecordLeaderReviewMeeting").list())
                .extracting(task -> task.getAssignee()).containsExactly("haltt");

        // the dossier after the committee's own self-grading vote and every leader's review and self-assessment
        HistoricProcessInstance grading = single("organizationGrading");
        Date sent = activity(ward, "Task_SendDossier").getStartTime();
        assertThat(sent).isAfterOrEqualTo(activity(grading, "Call_SelfBallot").getEndTime());
        assertThat(reviews).allSatisfy(review -> assertThat(review.getEndTime()).isBeforeOrEqualTo(sent));

        // every leader decided after the ward itself, which each head's level may not exceed [P II.4]
        Date wardDecided = activity(grading, "Task_AwaitDecision").getEndTime();
        assertThat(called("leader")).hasSize(14).allSatisfy(leader -> assertThat(leader.getStartTime())
                .isAfterOrEqualTo(wardDecided));
    }

    private HistoricProcessInstance single(String processKey) {
        List<HistoricProcessInstance> instances = called(processKey);
        assertThat(instances).as(processKey).hasSize(1);
        return instances.get(0);
    }

    private List<HistoricProcessInstance> called(String processKey) {
        return history.createHistoricProcessInstanceQuery().superProcessInstanceId(ward.getId())
                .processDefinitionKey(processKey).list();
    }

    private String leader(HistoricProcessInstance review) {
        return (String) history.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
                .variableName("leaderCode").singleResult().getValue();
    }

    /** The activity's last run (a self-grading vote short of attendance is held again). */
    private HistoricActivityInstance activity(HistoricProcessInstance instance, String activityId) {
        List<HistoricActivityInstance> done = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(activityId).finished()
                .orderByHistoricActivityInstanceEndTime().desc().list();
        assertThat(done).as("%s in %s", activityId, instance.getProcessDefinitionKey()).isNotEmpty();
        return done.get(0);
    }
}
