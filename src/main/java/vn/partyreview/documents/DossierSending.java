package vn.partyreview.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The dossier one organisation's office sent up, as sent, and its receipt by the superior's office. */
@Entity
@Table(name = "dossier_sending")
class DossierSending {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private String campaignId;

    @Column(name = "org_code", nullable = false)
    private String orgCode;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "receiving_group")
    private String receivingGroup;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected DossierSending() {
    }

    DossierSending(String campaignId, String orgCode) {
        this.campaignId = campaignId;
        this.orgCode = orgCode;
    }

    /** Sending again (the task is completed once, but a re-run must not fail) replaces the copy and the receipt. */
    void sent(byte[] zip, String sha256, String by, Instant at, String receivingGroup) {
        this.content = zip;
        this.sha256 = sha256;
        this.sentBy = by;
        this.sentAt = at;
        this.receivingGroup = receivingGroup;
        this.receivedBy = null;
        this.receivedAt = null;
    }

    void received(String by, Instant at) {
        this.receivedBy = by;
        this.receivedAt = at;
    }

    String getOrgCode() {
        return orgCode;
    }

    byte[] getContent() {
        return content;
    }

    String getSha256() {
        return sha256;
    }

    String getSentBy() {
        return sentBy;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getReceivingGroup() {
        return receivingGroup;
    }

    String getReceivedBy() {
        return receivedBy;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }
}
