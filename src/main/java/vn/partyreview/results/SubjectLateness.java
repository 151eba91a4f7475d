package vn.partyreview.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.partyreview.campaign.SubjectRecord;
import vn.partyreview.grading.rules.SubjectType;

/** A missed deadline, recorded on the subject; the work goes on (SPEC §4). */
@Entity
@Table(name = "subject_lateness")
public class SubjectLateness extends SubjectRecord {


    @Column(nullable = false)
    private String stage;

    @Column(name = "supervisor_group", nullable = false)
    private String supervisorGroup;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SubjectLateness() {
    }

    public SubjectLateness(String campaignId, SubjectType subjectType, String subjectCode, String stage,
                           String supervisorGroup, Instant recordedAt) {
        super(campaignId, subjectType, subjectCode);
        this.stage = stage;
        this.supervisorGroup = supervisorGroup;
        this.recordedAt = recordedAt;
    }

    public String getStage() {
        return stage;
    }
}
