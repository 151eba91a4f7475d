package vn.partyreview.grading.points;

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

/** One recorded self-scoring of a campaign's subject; append-only, the latest counts. */
@Entity
@Table(name = "self_scoring")
class SelfScoringRecord {

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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sheet_kind", nullable = false)
    private SheetKind kind;

    @Column(name = "owner_code")
    private String ownerCode;

    @Column(name = "sector")
    private String sector;

    @Column(name = "items_json", nullable = false, length = 200_000)
    private String itemsJson;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected SelfScoringRecord() {
    }

    SelfScoringRecord(String campaignId, SubjectType subjectType, String subjectCode, ScoredSheet sheet,
                      String itemsJson, Instant scoredAt) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.kind = sheet.kind();
        this.ownerCode = sheet.ownerCode();
        this.sector = sheet.sector();
        this.itemsJson = itemsJson;
        this.scoredAt = scoredAt;
    }

    SheetKind getKind() {
        return kind;
    }

    String getOwnerCode() {
        return ownerCode;
    }

    String getSector() {
        return sector;
    }

    String getItemsJson() {
        return itemsJson;
    }
}
