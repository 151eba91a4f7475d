package vn.partyreview.integrity;

/**
 * What a non-administrator's call to the engine's REST API does, as {@link EngineWritePolicy} reads it from the
 * method and path. {@code target} is the task id or the process definition reference ({@code key/<key>},
 * {@code key/<key>/tenant-id/<tenant>} or the id); {@code endpoint} the last path segment.
 */
record EngineCall(Kind kind, String target, String endpoint) {

    enum Kind {
        /** GET and the POST queries that only read: the engine's authorizations decide what is seen. */
        READ,
        /** Completing a task: only with the fields of its deployed form. */
        TASK_SUBMISSION,
        /** Starting a process: only with the fields of its deployed start form. */
        START_SUBMISSION,
        /** Claiming or taking a task: only for oneself. */
        TAKE_TASK,
        /** Giving a task back to its group, commenting: nothing the process reads. */
        ALLOWED,
        /** Every other write. */
        FORBIDDEN
    }

    static EngineCall of(Kind kind) {
        return new EngineCall(kind, null, null);
    }
}
