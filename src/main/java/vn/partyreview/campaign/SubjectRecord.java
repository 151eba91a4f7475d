package vn.partyreview.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.partyreview.grading.rules.SubjectType;

/** What every per-subject record of a campaign starts with: which campaign, which kind of subject, which one. */
@MappedSuperclass
public abstract class SubjectRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private String campaignId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", nullable = false)
    private SubjectType subjectType;

    @Column(name = "subject_code", nullable = false)
    private String subjectCode;

    protected SubjectRecord() {
    }

    protected SubjectRecord(String campaignId, SubjectType subjectType, String subjectCode) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public String getSubjectCode() {
        return subjectCode;
    }
}
