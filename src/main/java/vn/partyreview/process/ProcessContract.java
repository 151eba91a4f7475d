package vn.partyreview.process;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every variable one BPMN model reads or writes, by who may write it (SPEC §10 I3): the caller's inputs, variables
 * the process itself writes (delegates, loaders, input mappings, called processes' outputs), the form fields each
 * user task's form submits, and the outputs a caller may map back. A form field may never bear the name of an
 * input, process-owned or identity variable: what a user submits cannot steer routing, assignment or rules.
 */
public final class ProcessContract {

    public static final String CAMPAIGN_ID = "campaignId";
    public static final String ROOT_ORG_CODE = "rootOrgCode";
    public static final String ORG_CODE = "orgCode";
    public static final String MEMBER_CODE = "memberCode";
    public static final String COLLECTIVE_CODE = "collectiveCode";
    public static final String LEADER_CODE = "leaderCode";
    /** Which campaign and subject a process is about: set only by callers' explicit mappings and by loaders. */
    public static final Set<String> IDENTITY = Set.of(
            CAMPAIGN_ID, ROOT_ORG_CODE, ORG_CODE, MEMBER_CODE, COLLECTIVE_CODE, LEADER_CODE);

    private final String processKey;
    private final Set<String> inputs;
    private final Set<String> owned;
    private final Set<String> outputs;
    private final Set<String> shown;
    private final Map<String, Set<String>> formFields;

    private ProcessContract(Builder builder) {
        this.processKey = builder.processKey;
        this.inputs = Collections.unmodifiableSet(builder.inputs);
        this.owned = Collections.unmodifiableSet(builder.owned);
        this.outputs = Collections.unmodifiableSet(builder.outputs);
        this.shown = Collections.unmodifiableSet(builder.shown);
        this.formFields = Collections.unmodifiableMap(builder.formFields);
    }

    public static Builder of(String processKey) {
        return new Builder(processKey);
    }

    public String processKey() {
        return processKey;
    }

    /** Set by the caller's {@code camunda:in} mappings (or the start form of a top-level process). */
    public Set<String> inputs() {
        return inputs;
    }

    /** Written only by the process itself: delegates, listeners, input/output mappings, called processes. */
    public Set<String> owned() {
        return owned;
    }

    /** What a caller may map out with {@code camunda:out}; each is also an input, owned or a form field. */
    public Set<String> outputs() {
        return outputs;
    }

    /**
     * What another model's form wrote, passed along only to be shown on this model's forms (e.g. the inspection
     * committee's in-depth suggestions on the Mẫu 01): never read for routing, assignment or a decision.
     */
    public Set<String> shown() {
        return shown;
    }

    /** The user tasks of the model, each with the keys its form submits. */
    public Map<String, Set<String>> formFields() {
        return formFields;
    }

    /** Whether a form field may never bear this name. */
    public boolean isProtected(String variable) {
        return IDENTITY.contains(variable) || inputs.contains(variable) || owned.contains(variable);
    }

    public boolean declares(String variable) {
        return isProtected(variable) || outputs.contains(variable) || shown.contains(variable)
                || formFields.values().stream().anyMatch(fields -> fields.contains(variable));
    }

    public static final class Builder {

        private final String processKey;
        private final Set<String> inputs = new LinkedHashSet<>();
        private final Set<String> owned = new LinkedHashSet<>();
        private final Set<String> outputs = new LinkedHashSet<>();
        private final Set<String> shown = new LinkedHashSet<>();
        private final Map<String, Set<String>> formFields = new LinkedHashMap<>();

        private Builder(String processKey) {
            this.processKey = processKey;
        }

        public Builder inputs(String... names) {
            inputs.addAll(Arrays.asList(names));
            return this;
        }

        public Builder owned(String... names) {
            owned.addAll(Arrays.asList(names));
            return this;
        }

        public Builder outputs(String... names) {
            outputs.addAll(Arrays.asList(names));
            return this;
        }

        public Builder shown(String... names) {
            shown.addAll(Arrays.asList(names));
            return this;
        }

        /** A user task and the keys its form submits (display-only fields are not submitted). */
        public Builder userTask(String taskId, String... fields) {
            formFields.computeIfAbsent(taskId, id -> new LinkedHashSet<>()).addAll(Arrays.asList(fields));
            return this;
        }

        public ProcessContract build() {
            return new ProcessContract(this);
        }
    }
}
