package vn.partyreview.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.partyreview.facts.FactNames;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.Discipline;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjects;
import vn.partyreview.subjects.ReviewAssignments;

/**
 * Records the facts a task's form gave (SPEC §11 "Facts") with the user who completed it, in the records the
 * grading reads ({@link SubjectFacts}). The values passed the form guard; the subject is the process's own, and a
 * member named in the inspection form counts only if the records place them in that cell.
 */
@Component("recordFacts")
class RecordFactsListener implements TaskListener {

    private static final String YES = "CO";

    private final SubjectFacts facts;
    private final CampaignSubjects subjects;
    private final ReviewAssignments review;
    private final JsonVariables json;

    public RecordFactsListener(SubjectFacts facts, CampaignSubjects subjects, ReviewAssignments review,
                               JsonVariables json) {
        this.facts = facts;
        this.subjects = subjects;
        this.review = review;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            if (CellMembersRoundProcess.INSPECTION_TASK.equals(key)) {
                task.setVariableLocal(CellMembersRoundProcess.MEMBER_OPTIONS, memberOptions(task));
            }
            return;
        }
        String campaignId = (String) task.getVariable(ProcessContract.CAMPAIGN_ID);
        String user = userOf(task);
        switch (key) {
            case PartyMemberProcess.RATE_CIVIL_SERVANT_TASK -> member(task, campaignId, user, civilServantRating(task));
            case PartyMemberProcess.PROPOSE_LEVEL_TASK -> member(task, campaignId, user,
                    values(task, FactNames.SICK_LEAVE_MONTHS, FactNames.MATERNITY_LEAVE_MONTHS));
            case PartyMemberProcess.TEMPORARY_CELL_COMMENT_TASK -> member(task, campaignId, user,
                    values(task, FactNames.TEMPORARY_CELL_COMMENT));
            case PartyMemberProcess.PREVIOUS_CELL_COMMENT_TASK -> member(task, campaignId, user,
                    values(task, FactNames.PREVIOUS_CELL_COMMENT));
            case CellMembersRoundProcess.INSPECTION_TASK -> inspectionConclusions(task, campaignId, user);
            case OrganizationGradingProcess.FACTS_TASK -> organizationFacts(task, campaignId, user);
            default -> throw new IllegalStateException("No facts are recorded from task " + key);
        }
    }

    private void member(DelegateTask task, String campaignId, String user, Map<String, Object> values) {
        facts.record(campaignId, SubjectType.MEMBER, (String) task.getVariable(ProcessContract.MEMBER_CODE), values,
                user);
    }

    /** The yearly level and the twelve monthly levels, in month order. */
    private static Map<String, Object> civilServantRating(DelegateTask task) {
        Map<String, Object> values = new HashMap<>();
        values.put(FactNames.CIVIL_SERVANT_LEVEL, level(task.getVariable(FactNames.CIVIL_SERVANT_LEVEL)));
        List<String> months = Arrays.stream(PartyMemberProcess.CIVIL_SERVANT_MONTHS).map(task::getVariable)
                .filter(Objects::nonNull).map(RecordFactsListener::level).toList();
        values.put(FactNames.CIVIL_SERVANT_MONTHLY_LEVELS, months.isEmpty() ? null : months);
        return values;
    }

    private void inspectionConclusions(DelegateTask task, String campaignId, String user) {
        String cellCode = (String) task.getVariable(ProcessContract.ORG_CODE);
        Set<String> cellMembers = subjects.members(campaignId, cellCode).stream()
                .map(CampaignSubject::getSubjectCode).collect(Collectors.toSet());
        json.read(task.getVariable("degradedMembers")).ifPresent(degraded -> degraded.forEach(member -> {
            if (cellMembers.contains(member.asText())) {
                facts.record(campaignId, SubjectType.MEMBER, member.asText(),
                        Map.of(FactNames.DEGRADATION_CONCLUDED, true), user);
            }
        }));
        for (int entry = 1; entry <= CellMembersRoundProcess.DISCIPLINE_ENTRIES; entry++) {
            Object member = task.getVariable(CellMembersRoundProcess.disciplineField(entry, "Member"));
            if (member != null && cellMembers.contains(member.toString())) {
                facts.recordDiscipline(campaignId, member.toString(),
                        Discipline.valueOf(task.getVariable(CellMembersRoundProcess.disciplineField(entry, "Level")).toString()),
                        LocalDate.parse(task.getVariable(CellMembersRoundProcess.disciplineField(entry, "Date")).toString()),
                        (String) task.getVariable(CellMembersRoundProcess.disciplineField(entry, "Organization")), user);
            }
        }
        facts.record(campaignId, SubjectType.PARTY_ORGANIZATION, cellCode,
                Map.of(FactNames.DISCIPLINED, yes(task, "cellDisciplined")), user);
    }

    private void organizationFacts(DelegateTask task, String campaignId, String user) {
        String orgCode = (String) task.getVariable(ProcessContract.ORG_CODE);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(FactNames.TARGETS_COMPLETED_PERCENT, task.getVariable(FactNames.TARGETS_COMPLETED_PERCENT));
        values.put(FactNames.FORCE_MAJEURE, yes(task, FactNames.FORCE_MAJEURE));
        values.put(FactNames.PARTY_BUILDING_KEM, yes(task, FactNames.PARTY_BUILDING_KEM));
        facts.record(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode, values, user);
        facts.record(campaignId, SubjectType.LEADER, review.headMemberCode(orgCode),
                Map.of(FactNames.MOVED_IN_UNRELATED, yes(task, OrganizationGradingProcess.HEAD_MOVED_IN_UNRELATED)),
                user);
    }

    private Object memberOptions(DelegateTask task) {
        List<Map<String, String>> options = subjects.members((String) task.getVariable(ProcessContract.CAMPAIGN_ID),
                        (String) task.getVariable(ProcessContract.ORG_CODE)).stream()
                .map(member -> Map.of("label", member.getSubjectName(), "value", member.getSubjectCode()))
                .toList();
        return json.spin(options);
    }

    private static Map<String, Object> values(DelegateTask task, String... names) {
        Map<String, Object> values = new HashMap<>();
        for (String name : names) {
            values.put(name, task.getVariable(name));
        }
        return values;
    }

    private static boolean yes(DelegateTask task, String name) {
        return YES.equals(task.getVariable(name));
    }

    private static String level(Object value) {
        return value == null ? null : Level.valueOf(value.toString()).name();
    }

    private static String userOf(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null ? null : user.getUserId();
    }
}
