package vn.partyreview.integrity;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Tells the engine's optimistic locking conflict apart from other failures of a completion: as an exception, or as
 * the REST API's error answer, which only keeps the engine's message (code {@code ENGINE-03005}).
 */
final class EngineConflicts {

    /** The code of the engine's "Entity was updated by another transaction concurrently". */
    static final String CONCURRENT_UPDATE_CODE = "ENGINE-03005";

    private EngineConflicts() {
    }

    static boolean concurrentUpdate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    static boolean concurrentUpdate(byte[] errorAnswer) {
        return new String(errorAnswer, StandardCharsets.UTF_8).contains(CONCURRENT_UPDATE_CODE);
    }
}
