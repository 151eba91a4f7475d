package vn.partyreview.review;

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

/** Step 2: the rating a related body (HĐND, UBND, MTTQ, mass organisation) gives a subject. */
@Entity
@Table(name = "subject_opinion")
public class SubjectOpinion extends SubjectRecord {


    @Column(name = "body_code", nullable = false)
    private String bodyCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "opinion_level", nullable = false)
    private Level level;

    @Column(name = "opinion_comment", length = 4000)
    private String comment;

    @Column(name = "given_by")
    private String givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected SubjectOpinion() {
    }

    public SubjectOpinion(String campaignId, SubjectType subjectType, String subjectCode, String bodyCode, Level level,
                          String comment, String givenBy, Instant givenAt) {
        super(campaignId, subjectType, subjectCode);
        this.bodyCode = bodyCode;
        this.level = level;
        this.comment = comment;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public Level getLevel() {
        return level;
    }

    public String getGivenBy() {
        return givenBy;
    }
}
