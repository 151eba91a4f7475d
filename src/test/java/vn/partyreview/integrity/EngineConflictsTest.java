package vn.partyreview.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** A submission colliding with the engine's own work is told apart from a server fault, as the guard answers it. */
class EngineConflictsTest {

    @Test
    void theRestAnswerOfACompletionThatMetADueTimersLock() {
        // as the engine REST API answered on two nodes (TwoNodeClusterTest, 2026-12-01)
        String answer = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 6cd9: ENGINE-03005 Execution"
                + " of 'DELETE TimerEntity[6cd9]' failed. Entity was updated by another transaction concurrently.\"}";
        assertThat(EngineConflicts.concurrentUpdate(answer.getBytes(StandardCharsets.UTF_8))).isTrue();
        String other = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 6cd9: ENGINE-09005"
                + " Could not parse BPMN process.\"}";
        assertThat(EngineConflicts.concurrentUpdate(other.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void anEscapedExceptionCausedByTheConflict() {
        assertThat(EngineConflicts.concurrentUpdate(new ServletException(new ProcessEngineException("Cannot submit",
                new OptimisticLockingException("ENGINE-03005 ..."))))).isTrue();
        assertThat(EngineConflicts.concurrentUpdate(new ServletException(
                new ProcessEngineException("Cannot find task")))).isFalse();
    }
}
