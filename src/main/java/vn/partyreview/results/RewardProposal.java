package vn.partyreview.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.partyreview.campaign.SubjectRecord;
import vn.partyreview.grading.rules.SubjectType;

/** A reward proposed for a subject decided "Hoàn thành xuất sắc nhiệm vụ" [P II.5], by the deciding body's office. */
@Entity
@Table(name = "reward_proposal")
class RewardProposal extends SubjectRecord {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String proposedBy;

    @Column(nullable = false)
    private String proposingGroup;

    @Column(nullable = false)
    private Instant proposedAt;

    protected RewardProposal() {
    }

    RewardProposal(String campaignId, SubjectType subjectType, String subjectCode, String title, String proposedBy,
                   String proposingGroup, Instant proposedAt) {
        super(campaignId, subjectType, subjectCode);
        this.title = title;
        this.proposedBy = proposedBy;
        this.proposingGroup = proposingGroup;
        this.proposedAt = proposedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getProposingGroup() {
        return proposingGroup;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }
}
