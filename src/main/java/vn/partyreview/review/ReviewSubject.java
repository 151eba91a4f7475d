package vn.partyreview.review;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.BusinessKeys;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.TaskAssignments;

/**
 * What a collective review ({@code collective-review.bpmn}) is about: a leadership collective when its caller maps
 * one in, else the party organisation itself. Callers map only identities; who acts is read from the records.
 */
@Component("reviewSubject")
public class ReviewSubject {

    private final TaskAssignments assignments;
    private final BusinessKeys businessKeys;

    public ReviewSubject(TaskAssignments assignments, BusinessKeys businessKeys) {
        this.assignments = assignments;
        this.businessKeys = businessKeys;
    }

    /** Drafts the report and chairs the meeting: the head of the collective, else the organisation's secretary. */
    public String headUser(VariableScope scope) {
        String collectiveCode = collectiveCode(scope);
        return collectiveCode == null ? assignments.headUser(orgCode(scope))
                : assignments.collectiveHead(collectiveCode, orgCode(scope));
    }

    /** Suggests the in-depth review: the inspection committee above the organisation, or deciding the collective. */
    public String inspectionGroup(VariableScope scope) {
        String collectiveCode = collectiveCode(scope);
        return collectiveCode == null ? assignments.inspectionGroup(orgCode(scope))
                : assignments.collectiveInspectionGroup(collectiveCode);
    }

    /** The lateness is recorded on the subject reviewed. */
    public String type(VariableScope scope) {
        return (collectiveCode(scope) == null ? SubjectType.PARTY_ORGANIZATION : SubjectType.LEADERSHIP_COLLECTIVE)
                .name();
    }

    public String code(VariableScope scope) {
        String collectiveCode = collectiveCode(scope);
        return collectiveCode == null ? orgCode(scope) : collectiveCode;
    }

    public String businessKey(VariableScope scope) {
        String collectiveCode = collectiveCode(scope);
        return collectiveCode == null ? businessKeys.organization(orgCode(scope))
                : businessKeys.collective(collectiveCode);
    }

    private static String collectiveCode(VariableScope scope) {
        return (String) scope.getVariable(ProcessContract.COLLECTIVE_CODE);
    }

    private static String orgCode(VariableScope scope) {
        return (String) scope.getVariable(ProcessContract.ORG_CODE);
    }
}
