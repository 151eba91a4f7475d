package vn.partyreview.review;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.ORG_CODE;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.process.ProcessContract;

/**
 * The contract of {@code processes/cell-members-round.bpmn}: one ballot round of a cell over the members on its
 * sheet ({@link CellRounds}), from the cell's secret ballot to the decision session and the members told. Each round
 * is an instance of its own, so its decision request is answered whatever the cell's other rounds wait for.
 */
public final class CellMembersRoundProcess {

    public static final String PROCESS_KEY = "cellMembersRound";
    /** The round's number in its cell, written by {@link CellRounds} when it opens: its sheet is read from the records. */
    public static final String ROUND = "cellRound";
    public static final String APPRAISE_TASK = "Task_AppraiseCellReport";
    /** The inspection committee's conclusions on the cell's members, before the appraisal. */
    public static final String INSPECTION_TASK = "Task_RecordInspectionConclusions";
    /** The cell's members as checklist options of the inspection form, written from the records when it opens. */
    public static final String MEMBER_OPTIONS = "cellMemberOptions";
    /** The inspection form's discipline entries: member, level, date and organisation, numbered 1 to 3. */
    static final int DISCIPLINE_ENTRIES = 3;
    /** The members on the round's sheet, for the ballot and the decision: written by the ballot's preparation. */
    public static final String GRADED_MEMBER_CODES = "gradedMemberCodes";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(CAMPAIGN_ID, ORG_CODE, ROUND)
            .owned(GRADED_MEMBER_CODES, SecretBallot.TITLE, SecretBallot.SUBJECTS, SecretBallot.VOTERS,
                    SecretBallot.DEADLINE, SecretBallot.SESSION_ID, SecretBallot.RESULT, MEMBER_OPTIONS)
            .userTask(INSPECTION_TASK, "degradedMembers", "cellDisciplined")
            .userTask(INSPECTION_TASK, disciplineFields())
            .userTask(APPRAISE_TASK, MemberForms.APPRAISAL)
            .build();

    private CellMembersRoundProcess() {
    }

    static String disciplineField(int entry, String part) {
        return "discipline" + entry + part;
    }

    private static String[] disciplineFields() {
        return IntStream.rangeClosed(1, DISCIPLINE_ENTRIES).boxed()
                .flatMap(entry -> Stream.of("Member", "Level", "Date", "Organization")
                        .map(part -> disciplineField(entry, part)))
                .toArray(String[]::new);
    }
}
