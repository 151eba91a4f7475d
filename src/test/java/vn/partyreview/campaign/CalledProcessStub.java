package vn.partyreview.campaign;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Stands in for a process called by the model under test: waits in one user task {@value #TASK} so that a test can
 * fire deadline timers meanwhile, and returns whatever the test completes it with.
 */
final class CalledProcessStub {

    static final String TASK = "Task_Stub";

    private CalledProcessStub() {
    }

    static String deploy(RepositoryService repository, String processKey) {
        return deploy(repository, processKey, null);
    }

    /** @param candidateGroups who may complete the stub's task when authorization is on, e.g. {@code ${ballotChairGroup}} */
    static String deploy(RepositoryService repository, String processKey, String candidateGroups) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(processKey)
                .name("Giả lập " + processKey)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(TASK).name("Giả lập").camundaCandidateGroups(candidateGroups)
                .endEvent()
                .done();
        return repository.createDeployment().name("stub-" + processKey)
                .addModelInstance(processKey + "-stub.bpmn", model).deploy().getId();
    }
}
