package vn.partyreview.subjects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.partyreview.campaign.SubjectRecord;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;

/** One organisation or member taking part in a campaign, with what its review produced so far. */
@Entity
@Table(name = "campaign_subject")
public class CampaignSubject extends SubjectRecord {

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(name = "organization_code", nullable = false)
    private String organizationCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SubjectStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "self_level")
    private Level selfLevel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "committee_level")
    private Level committeeLevel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ballot_level")
    private Level ballotLevel;

    @Column(name = "criteria_json", length = 4000)
    private String criteriaJson;

    @Column(name = "facts_json", length = 4000)
    private String factsJson;

    /** The self-scored points of a points-based rule set, as the grading API takes {@code scores}; else null. */
    @Column(name = "scores_json", length = 1000)
    private String scoresJson;

    @Column(name = "cell_ballot_session_id", length = 64)
    private String cellBallotSessionId;

    @Column(name = "dossier_sent_at")
    private Instant dossierSentAt;

    /** A cell's: when its collective review meeting was held. */
    @Column(name = "collective_review_held_at")
    private Instant collectiveReviewHeldAt;

    /** A cell's: how many ballot rounds over its members were opened; null before the first. */
    @Column(name = "member_rounds")
    private Integer memberRounds;

    /** A member's: the cell's ballot round that put her on its sheet. */
    @Column(name = "cell_round")
    private Integer cellRound;

    protected CampaignSubject() {
    }

    public CampaignSubject(String campaignId, SubjectType subjectType, String subjectCode, String subjectName,
                           String organizationCode, SubjectStatus status) {
        super(campaignId, subjectType, subjectCode);
        this.subjectName = subjectName;
        this.organizationCode = organizationCode;
        this.status = status;
    }

    /** Step 1 done: the subject's own ratings and level, and the committee's proposal for a member. */
    public void selfAssessed(String criteriaJson, String factsJson, Level selfLevel, Level committeeLevel) {
        selfAssessed(criteriaJson, factsJson, null, selfLevel, committeeLevel);
    }

    /** As above, with the self-scored points of a points-based rule set. */
    public void selfAssessed(String criteriaJson, String factsJson, String scoresJson, Level selfLevel,
                             Level committeeLevel) {
        this.status = SubjectStatus.SELF_ASSESSED;
        this.scoresJson = scoresJson;
        this.criteriaJson = criteriaJson;
        this.factsJson = factsJson;
        this.selfLevel = selfLevel;
        this.committeeLevel = committeeLevel;
    }

    /** Reviewed only, with the facts that keep it from being graded (e.g. admitted less than 6 months ago). */
    public void reviewedWithoutGrading(String factsJson) {
        this.status = SubjectStatus.NOT_GRADED;
        this.factsJson = factsJson;
    }

    /** A member left out of the review: the facts saying why (exempt, suspended), as the grading API takes them. */
    public void notReviewedBecause(String factsJson) {
        this.factsJson = factsJson;
    }

    /** The level the cell's secret ballot {@code sessionId} proposed; null when no level had a majority. */
    public void proposedByBallot(Level level, String sessionId) {
        this.ballotLevel = level;
        this.cellBallotSessionId = sessionId;
    }

    /** The organisation's office sent its results and dossier to the committee above. */
    public void dossierSent(Instant at) {
        this.dossierSentAt = at;
    }

    /** A cell's collective review meeting was held: its members' own review meetings may follow. */
    public void collectiveReviewHeld(Instant at) {
        this.collectiveReviewHeldAt = at;
    }

    public boolean isCollectiveReviewHeld() {
        return collectiveReviewHeldAt != null;
    }

    /** A cell opens its next ballot round over its members; the first is the one its own grading waits for. */
    public int openMemberRound() {
        memberRounds = memberRounds == null ? 1 : memberRounds + 1;
        return memberRounds;
    }

    public boolean hasMemberRounds() {
        return memberRounds != null;
    }

    /** A member ready for the cell's ballot is put on the sheet of the given round. */
    public void putOnRound(int round) {
        this.cellRound = round;
    }

    public Integer getCellRound() {
        return cellRound;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public SubjectStatus getStatus() {
        return status;
    }

    public Level getSelfLevel() {
        return selfLevel;
    }

    public Level getCommitteeLevel() {
        return committeeLevel;
    }

    public Level getBallotLevel() {
        return ballotLevel;
    }

    public String getCriteriaJson() {
        return criteriaJson;
    }

    public String getFactsJson() {
        return factsJson;
    }

    public String getScoresJson() {
        return scoresJson;
    }

    public String getCellBallotSessionId() {
        return cellBallotSessionId;
    }

    public Instant getDossierSentAt() {
        return dossierSentAt;
    }
}
