package vn.partyreview.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.decision.DecisionSessionProcess;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.PostParseListeners;
import vn.partyreview.process.ProcessContract;

/**
 * Records every completed Camunda Form of a campaign in {@link FormRecords}: a complete listener on every user task,
 * added by a parse listener so that no model has to name it and no new form can be forgotten. The fields are those
 * of the task's deployed form (read when the task completes, as the guard reads them), their values as the
 * process holds them once the submission is applied. Not recorded: the secret ballot (its sheets must never be kept,
 * SPEC §6) and the decision sessions (their decisions have their own table).
 */
@Component
class FormRecordingPlugin extends AbstractProcessEnginePlugin {

    private static final Set<String> NOT_RECORDED = Set.of(SecretBallot.PROCESS_KEY, DecisionSessionProcess.PROCESS_KEY);

    /** The subject of a task is its process's most specific identity variable. */
    private static final Map<String, SubjectType> SUBJECTS = Map.of(
            ProcessContract.MEMBER_CODE, SubjectType.MEMBER,
            ProcessContract.LEADER_CODE, SubjectType.LEADER,
            ProcessContract.COLLECTIVE_CODE, SubjectType.LEADERSHIP_COLLECTIVE,
            ProcessContract.ORG_CODE, SubjectType.PARTY_ORGANIZATION);
    private static final List<String> MOST_SPECIFIC_FIRST = List.of(ProcessContract.MEMBER_CODE,
            ProcessContract.LEADER_CODE, ProcessContract.COLLECTIVE_CODE, ProcessContract.ORG_CODE);

    private final ObjectProvider<FormRecords> records;
    private final ObjectProvider<JsonVariables> json;
    private final ObjectMapper mapper = new ObjectMapper();

    FormRecordingPlugin(ObjectProvider<FormRecords> records, ObjectProvider<JsonVariables> json) {
        this.records = records;
        this.json = json;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener recordForm = this::record;
        TaskListener prefillForm = this::prefill;
        PostParseListeners.onUserTasks(configuration, task -> {
            task.addTaskListener(TaskListener.EVENTNAME_CREATE, prefillForm);
            task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, recordForm);
        });
    }

    private void record(DelegateTask delegateTask) {
        TaskEntity task = (TaskEntity) delegateTask;
        Optional<RecordedSubject> subject = subjectOf(task);
        if (subject.isEmpty()) {
            return;
        }
        FormFields form = deployedForm(task.getId());
        List<FormRecords.Entry.Field> fields = new ArrayList<>();
        for (FormFields.Field field : form.fields()) {
            Object value = task.getVariable(field.key());
            JsonNode node = value instanceof String text ? TextNode.valueOf(text)
                    : json.getObject().read(value).orElseGet(() -> TextNode.valueOf(String.valueOf(value)));
            fields.add(new FormRecords.Entry.Field(field.key(), field.label(), node,
                    value == null ? null : field.options().get(value.toString())));
        }
        records.getObject().record(subject.get().campaignId(), subject.get().type(), subject.get().code(),
                form.formId(), task.getTaskDefinitionKey(), fields, userOf(task), ClockUtil.getCurrentTime().toInstant());
    }

    /**
     * A form already completed for the same subject (Mẫu 01 drafted for the review meeting, then the
     * self-assessment) opens with what was written then: plain values only (text, numbers, yes/no), and only where
     * the process holds nothing yet. The submission is validated as any other.
     */
    private void prefill(DelegateTask delegateTask) {
        TaskEntity task = (TaskEntity) delegateTask;
        Optional<RecordedSubject> subject = subjectOf(task);
        if (subject.isEmpty()) {
            return;
        }
        String formId = task.getTaskDefinition().getCamundaFormDefinitionKey().getExpressionText();
        records.getObject().latest(subject.get().campaignId(), subject.get().type(), subject.get().code(), formId)
                .ifPresent(earlier -> earlier.fields().stream()
                        .filter(field -> field.value() != null && field.value().isValueNode()
                                && !field.value().isNull() && task.getVariable(field.key()) == null)
                        .forEach(field -> task.getExecution().setVariable(field.key(), plain(field.value()))));
    }

    private static Object plain(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        return value.isNumber() ? value.doubleValue() : value.asText();
    }

    /** The campaign's subject a task's form is about; empty for forms that are not recorded. */
    private static Optional<RecordedSubject> subjectOf(TaskEntity task) {
        Object campaignId = task.getVariable(ProcessContract.CAMPAIGN_ID);
        String subjectVariable = MOST_SPECIFIC_FIRST.stream().filter(name -> task.getVariable(name) instanceof String)
                .findFirst().orElse(null);
        if (task.getTaskDefinition().getCamundaFormDefinitionKey() == null
                || NOT_RECORDED.contains(task.getProcessDefinition().getKey())
                || !(campaignId instanceof String campaign) || subjectVariable == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordedSubject(campaign, SUBJECTS.get(subjectVariable),
                (String) task.getVariable(subjectVariable)));
    }

    private record RecordedSubject(String campaignId, SubjectType type, String code) {
    }

    /** The form the task shows, looked up by the system: the completing user's rights are not in question here. */
    private FormFields deployedForm(String taskId) {
        InputStream form = Context.getCommandContext().runWithoutAuthorization(() -> Context
                .getProcessEngineConfiguration().getFormService().getDeployedTaskForm(taskId));
        try (form) {
            return FormFields.of(mapper.readTree(form));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String userOf(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
