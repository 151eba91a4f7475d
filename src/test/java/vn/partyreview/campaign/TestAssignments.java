package vn.partyreview.campaign;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import vn.partyreview.subjects.TaskAssignments;

/**
 * {@link TaskAssignments} for process tests without a database: answers from a map the test fills, keyed like the
 * variables loaders used to write ({@code memberUserId}, {@code headUserId}, ...), read at each call so a test may
 * change them before starting.
 */
final class TestAssignments {

    private TestAssignments() {
    }

    static TaskAssignments answering(Map<String, Object> records) {
        TaskAssignments assignments = mock(TaskAssignments.class);
        when(assignments.memberUser(any(), any())).thenAnswer(call -> records.get("memberUserId"));
        when(assignments.agencyHeadGroup(any(), any())).thenAnswer(call -> records.get("agencyHeadGroup"));
        when(assignments.residenceCommitteeGroup(any(), any()))
                .thenAnswer(call -> records.get("residenceCommitteeGroup"));
        when(assignments.reviewChair(any(), any())).thenAnswer(call -> records.get("chairUserId"));
        when(assignments.cellCommitteeGroup(any(), any())).thenAnswer(call -> records.get("cellCommitteeGroup"));
        when(assignments.reviewed(any(), any())).thenAnswer(call -> records.get("reviewed"));
        when(assignments.graded(any(), any())).thenAnswer(call -> records.get("graded"));
        when(assignments.civilServant(any(), any())).thenAnswer(call -> records.get("civilServant"));
        when(assignments.hasResidenceCell(any(), any())).thenAnswer(call -> records.get("hasResidenceCell"));
        when(assignments.temporaryCellCommitteeGroup(any(), any()))
                .thenAnswer(call -> records.get("temporaryCellCommitteeGroup"));
        when(assignments.hasTemporaryCell(any(), any()))
                .thenAnswer(call -> records.containsKey("temporaryCellCommitteeGroup"));
        when(assignments.previousCellCommentNeeded(any(), any()))
                .thenAnswer(call -> records.containsKey("previousCellName"));
        when(assignments.officeGroup(any())).thenAnswer(call -> records.get("officeGroup"));
        when(assignments.headUser(any())).thenAnswer(call -> records.get("headUserId"));
        when(assignments.committeeGroup(any())).thenAnswer(call -> records.get("committeeGroup"));
        when(assignments.inspectionGroup(any())).thenAnswer(call -> records.get("inspectionGroup"));
        when(assignments.appraisingGroup(any())).thenAnswer(call -> records.get("appraisingGroup"));
        when(assignments.superiorInSystem(any())).thenAnswer(call -> records.containsKey("appraisingGroup"));
        when(assignments.leaderDecidedInSystem(any(), any())).thenAnswer(call -> !records.containsKey("leaderSentUp"));
        when(assignments.opinionBodyCodes(any())).thenAnswer(call -> records.get("opinionBodyCodes"));
        when(assignments.collectiveHead(any(), any())).thenAnswer(call -> records.get("headUserId"));
        when(assignments.collectiveInspectionGroup(any())).thenAnswer(call -> records.get("inspectionGroup"));
        when(assignments.collectiveAppraisingGroup(any())).thenAnswer(call -> records.get("appraisingGroup"));
        when(assignments.collectiveOpinionBodyCodes(any())).thenAnswer(call -> records.get("opinionBodyCodes"));
        when(assignments.lateFollowUpGroup(any(), any())).thenAnswer(call -> records.get("supervisorGroup"));
        return assignments;
    }
}
