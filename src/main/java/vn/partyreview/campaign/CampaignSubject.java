package vn.partyreview.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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
        this.status = SubjectStatus.SELF_ASSESSED;
        this.criteriaJson = criteriaJson;
        this.factsJson = factsJson;
        this.selfLevel = selfLevel;
        this.committeeLevel = committeeLevel;
    }

    public void reviewedWithoutGrading() {
        this.status = SubjectStatus.NOT_GRADED;
    }

    /** The level the cell's secret ballot proposed; null when no level had a majority. */
    public void proposedByBallot(Level level) {
        this.ballotLevel = level;
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
}
