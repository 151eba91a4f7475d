package vn.partyreview.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the async continuations a test's engine leaves (job execution is off in tests), as the job executor would:
 * until none is left; timers are not touched, tests fire those themselves.
 */
public final class ProcessJobs {

    private static final int MAX_ROUNDS = 10_000;

    private ProcessJobs() {
    }

    public static void runContinuations(ManagementService management) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> jobs = management.createJobQuery().messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Continuations keep coming after " + MAX_ROUNDS + " rounds");
    }
}
