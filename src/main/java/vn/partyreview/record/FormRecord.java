package vn.partyreview.record;

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

/** What one completed form said about one subject; never changed, a later row of the same kind supersedes it. */
@Entity
@Table(name = "form_record")
class FormRecord {

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

    @Column(nullable = false)
    private String kind;

    @Column(name = "task_key", nullable = false)
    private String taskKey;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FormRecord() {
    }

    FormRecord(String campaignId, SubjectType subjectType, String subjectCode, String kind, String taskKey,
               String content, String recordedBy, Instant recordedAt) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.kind = kind;
        this.taskKey = taskKey;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    SubjectType getSubjectType() {
        return subjectType;
    }

    String getSubjectCode() {
        return subjectCode;
    }

    String getKind() {
        return kind;
    }

    String getTaskKey() {
        return taskKey;
    }

    String getContent() {
        return content;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
