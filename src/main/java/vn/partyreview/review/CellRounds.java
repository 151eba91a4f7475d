package vn.partyreview.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.process.ProcessContract;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.subjects.SubjectStatus;

/**
 * A cell's ballot rounds over its members (issue 9, SPEC §11: a late subject goes to a later session as soon as
 * possible and holds nobody up). The first round opens when every member is through her review or at the cell's
 * deadline, over the members ready then; the cell's own grading waits for that round only. A member ready after it
 * opens a later round over the members ready and on no sheet yet. Rounds are opened under a lock on the cell's row,
 * so a member getting ready while a round opens is either on its sheet or sees it opened and opens the next one.
 */
@Component("cellRounds")
public class CellRounds {

    private final CampaignSubjectRepository subjects;

    CellRounds(CampaignSubjectRepository subjects) {
        this.subjects = subjects;
    }

    /**
     * Step "Mở đợt biểu quyết chính": sets {@value CellMembersRoundProcess#ROUND} to the first round, or to null
     * when it was opened before (the deadline opened it and the members finished later).
     */
    @Transactional
    public void openFirst(DelegateExecution execution) {
        CampaignSubject cell = lockCell(execution);
        execution.setVariableLocal(CellMembersRoundProcess.ROUND, cell.hasMemberRounds() ? null : open(cell));
    }

    /**
     * Step "Xếp vào đợt biểu quyết bổ sung" of a member through her review: once the first round is open, a round
     * over everyone ready and on no sheet (she and whoever got ready meanwhile); otherwise null: the first round
     * will take her.
     */
    @Transactional
    public void openLater(DelegateExecution execution) {
        CampaignSubject cell = lockCell(execution);
        boolean waiting = cell.hasMemberRounds() && !unplaced(members(cell)).isEmpty();
        execution.setVariableLocal(CellMembersRoundProcess.ROUND, waiting ? open(cell) : null);
    }

    /** Whether the round has anyone on its sheet: an empty first round goes straight on to the cell's grading. */
    @Transactional(readOnly = true)
    public boolean hasMembers(String campaignId, String cellCode, Integer round) {
        return round != null && !onRound(campaignId, cellCode, round).isEmpty();
    }

    /** The members the round put on its sheet, by code. */
    @Transactional(readOnly = true)
    public List<CampaignSubject> onRound(String campaignId, String cellCode, int round) {
        return subjects.findByCampaignIdAndSubjectTypeAndOrganizationCodeAndCellRoundOrderBySubjectCode(campaignId,
                SubjectType.MEMBER, cellCode, round);
    }

    /** Who a new round takes: members self-assessed and proposed, ready for the ballot, and on no sheet yet. */
    static List<CampaignSubject> unplaced(List<CampaignSubject> members) {
        return members.stream()
                .filter(member -> member.getStatus() == SubjectStatus.SELF_ASSESSED && member.getCellRound() == null)
                .toList();
    }

    private int open(CampaignSubject cell) {
        int round = cell.openMemberRound();
        unplaced(members(cell)).forEach(member -> member.putOnRound(round));
        return round;
    }

    private List<CampaignSubject> members(CampaignSubject cell) {
        return subjects.findByCampaignIdAndSubjectTypeAndOrganizationCodeOrderBySubjectCode(cell.getCampaignId(),
                SubjectType.MEMBER, cell.getSubjectCode());
    }

    private CampaignSubject lockCell(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(ProcessContract.CAMPAIGN_ID);
        String cellCode = (String) execution.getVariable(ProcessContract.ORG_CODE);
        return subjects.lock(campaignId, SubjectType.PARTY_ORGANIZATION, cellCode)
                .orElseThrow(() -> new IllegalStateException("Chi bộ " + cellCode + " chưa vào đợt " + campaignId));
    }
}
