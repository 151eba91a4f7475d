package vn.partyreview.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignReaders;
import vn.partyreview.subjects.ReviewAssignments;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.ProcessContract;

/**
 * The dossier sent up by an organisation's office ({@code Task_SendDossier}) and received by the superior's office
 * ({@code Task_ReceiveDossier}): the ZIP is made and stored as sent, so both sides download the very same file.
 * Readable by the organisation's leading bodies and those above it ({@link CampaignReaders}) and by the receiving
 * office; by nobody else.
 */
@Service
@Transactional
class DossierSendings {

    private final DossierDocuments documents;
    private final DossierSendingRepository sendings;
    private final ReviewAssignments review;
    private final CampaignReaders readers;
    private final OrganizationRepository organizations;

    DossierSendings(DossierDocuments documents, DossierSendingRepository sendings, ReviewAssignments review,
                    CampaignReaders readers, OrganizationRepository organizations) {
        this.documents = documents;
        this.sendings = sendings;
        this.review = review;
        this.readers = readers;
        this.organizations = organizations;
    }

    /** Makes the organisation's dossier ZIP now and keeps it as sent, by the user completing the task. */
    void send(DelegateTask task) {
        String campaignId = (String) task.getVariable(ProcessContract.CAMPAIGN_ID);
        String orgCode = (String) task.getVariable(ProcessContract.ORG_CODE);
        byte[] zip = documents.dossierZip(Long.parseLong(campaignId), orgCode).orElseThrow(() ->
                new IllegalStateException("Không tìm thấy đợt " + campaignId + " hoặc tổ chức " + orgCode));
        String receivingGroup = review.hasSuperior(orgCode) ? review.appraisingGroup(orgCode) : null;
        DossierSending sending = sendings.findByCampaignIdAndOrgCode(campaignId, orgCode)
                .orElseGet(() -> new DossierSending(campaignId, orgCode));
        sending.sent(zip, sha256(zip), actor(task), ClockUtil.getCurrentTime().toInstant(), receivingGroup);
        sendings.save(sending);
    }

    /** The superior's office has received the dossier. */
    void receive(DelegateTask task) {
        String campaignId = (String) task.getVariable(ProcessContract.CAMPAIGN_ID);
        String orgCode = (String) task.getVariable(ProcessContract.ORG_CODE);
        sendings.findByCampaignIdAndOrgCode(campaignId, orgCode).orElseThrow(() ->
                        new IllegalStateException("Tổ chức " + orgCode + " chưa gửi hồ sơ"))
                .received(actor(task), ClockUtil.getCurrentTime().toInstant());
    }

    /** The ZIP as it was sent, for the organisation's leading bodies and the receiving office. */
    @Transactional(readOnly = true)
    DossierDocuments.Answer<DossierDocuments.File> sent(long campaignId, String orgCode, Authentication user) {
        Organization organization = organizations.findByCode(orgCode).orElse(null);
        DossierSending sending = organization == null ? null
                : sendings.findByCampaignIdAndOrgCode(String.valueOf(campaignId), orgCode).orElse(null);
        if (sending == null) {
            return new DossierDocuments.Answer<>(null, DossierDocuments.Refusal.NOT_FOUND);
        }
        boolean receiver = user != null && user.getGroupIds() != null && sending.getReceivingGroup() != null
                && user.getGroupIds().contains(sending.getReceivingGroup());
        if (!receiver && !readers.mayReadOrganization(organization, user)) {
            return new DossierDocuments.Answer<>(null, DossierDocuments.Refusal.FORBIDDEN);
        }
        return new DossierDocuments.Answer<>(new DossierDocuments.File("ho-so-" + orgCode + "-" + campaignId + ".zip",
                DossierDocuments.ZIP, sending.getContent()), null);
    }

    /** Who completes the task: the signed-in user (Tasklist, REST), else its assignee (Java API callers). */
    private static String actor(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null ? user.getUserId() : task.getAssignee();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
