package vn.partyreview.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.partyreview.grading.rules.SubjectType;

/** One entry of a fact about a subject: never changed, a later entry of the same fact supersedes it. */
@Entity
@Table(name = "recorded_fact")
class RecordedFact {

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

    @Column(name = "fact_name", nullable = false)
    private String name;

    @Column(name = "fact_value", nullable = false, length = 4000)
    private String valueJson;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordedFact() {
    }

    RecordedFact(String campaignId, SubjectType subjectType, String subjectCode, String name, String valueJson,
                 String recordedBy, Instant recordedAt) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.name = name;
        this.valueJson = valueJson;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getValueJson() {
        return valueJson;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
