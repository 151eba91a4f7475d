package vn.partyreview.review;

import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;

/**
 * The cell's collective review meeting and its members' own meetings (SPEC §14): members write Mẫu 02 while the
 * collective report is drafted; their review meetings come after the cell's. Both sides lock the cell's row, so a
 * member either sees the meeting recorded or is waiting for the message by the time the cell sends it.
 */
@Component("cellMeetings")
public class CellMeetings {

    private final CampaignSubjectRepository subjects;
    private final RuntimeService runtime;

    CellMeetings(CampaignSubjectRepository subjects, RuntimeService runtime) {
        this.subjects = subjects;
        this.runtime = runtime;
    }

    /** Gateway "Chi bộ đã họp kiểm điểm tập thể?" of a member, read from the cell's record. */
    @Transactional
    public boolean held(String campaignId, String cellCode) {
        return lockCell(campaignId, cellCode).isCollectiveReviewHeld();
    }

    /** Step "Báo đảng viên: chi bộ đã họp kiểm điểm tập thể": recorded, and every member waiting for it told. */
    @Transactional
    public void announce(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(ProcessContract.CAMPAIGN_ID);
        String cellCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        lockCell(campaignId, cellCode).collectiveReviewHeld(ClockUtil.getCurrentTime().toInstant());
        subjects.flush();
        runtime.createMessageCorrelation(PartyMemberProcess.CELL_MEETING_HELD_MESSAGE)
                .processInstanceVariableEquals(ProcessContract.CAMPAIGN_ID, campaignId)
                .processInstanceVariableEquals(ProcessContract.ORG_CODE, cellCode)
                .correlateAllWithResult();
    }

    private CampaignSubject lockCell(String campaignId, String cellCode) {
        return subjects.lock(campaignId, SubjectType.PARTY_ORGANIZATION, cellCode)
                .orElseThrow(() -> new IllegalStateException("Chi bộ " + cellCode + " chưa vào đợt " + campaignId));
    }
}
