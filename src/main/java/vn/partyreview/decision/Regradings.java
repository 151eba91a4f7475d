package vn.partyreview.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.grading.DecisionSubjects;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.results.CampaignDecisions;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;

/**
 * Re-grading [P II.6]: which decided result may be cancelled, by whom, and the cancellation itself. Everything is
 * read from the records when it is used: the campaign, the subject, its decision in force and its deciding body
 * (through {@link DecisionSubjects}); the caller is the signed-in user, never a submitted value.
 */
@Service("regradings")
@Transactional
public class Regradings {

    static final int MAX_REASONS = 4000;

    private final CampaignRepository campaigns;
    private final CampaignSubjectRepository subjects;
    private final CampaignDecisions decisions;
    private final DecisionSubjects decisionSubjects;
    private final IdentityService identityService;

    Regradings(CampaignRepository campaigns, CampaignSubjectRepository subjects, CampaignDecisions decisions,
               DecisionSubjects decisionSubjects, IdentityService identityService) {
        this.campaigns = campaigns;
        this.subjects = subjects;
        this.decisions = decisions;
        this.decisionSubjects = decisionSubjects;
        this.identityService = identityService;
    }

    /**
     * Why this caller may not cancel this result, a Vietnamese message per start-form field; empty when they may.
     * Only a member of the subject's deciding body or an administrator may.
     */
    @Transactional(readOnly = true)
    public Map<String, String> refusals(String campaignId, String subjectType, String subjectCode, String reasons,
                                        Authentication caller) {
        Map<String, String> refusals = new LinkedHashMap<>();
        if (reasons == null || reasons.isBlank()) {
            refusals.put(RegradingProcess.REASONS, "Cần ghi lý do hủy kết quả xếp loại.");
        } else if (reasons.length() > MAX_REASONS) {
            refusals.put(RegradingProcess.REASONS, "Lý do hủy kết quả không quá " + MAX_REASONS + " ký tự.");
        }
        Optional<SubjectType> type = type(subjectType);
        if (type.isEmpty()) {
            refusals.put(RegradingProcess.SUBJECT_TYPE, "Loại đối tượng không hợp lệ.");
        }
        if (!campaignExists(campaignId)) {
            refusals.put(RegradingProcess.CAMPAIGN_ID, "Không có đợt kiểm điểm mã \"" + campaignId + "\".");
        }
        if (!refusals.containsKey(RegradingProcess.CAMPAIGN_ID) && type.isPresent()) {
            subjectRefusal(campaignId, type.get(), subjectCode, caller)
                    .ifPresent(refusal -> refusals.put(RegradingProcess.SUBJECT_CODE, refusal));
        }
        return refusals;
    }

    /**
     * Step "Ghi nhận hủy kết quả": the decision in force is cancelled with the reasons, by the signed-in starter;
     * it stays in the record. Checked again here, so that no start can bypass the rules.
     */
    public void cancel(String campaignId, String subjectType, String subjectCode, String reasons) {
        Authentication starter = identityService.getCurrentAuthentication();
        Map<String, String> refusals = refusals(campaignId, subjectType, subjectCode, reasons, starter);
        if (!refusals.isEmpty()) {
            throw new BadUserRequestException(String.join(" ", refusals.values()));
        }
        inForce(campaignId, SubjectType.valueOf(subjectType), subjectCode).forEach(decision -> decision.cancel(
                reasons.strip(), starter.getUserId(), ClockUtil.getCurrentTime().toInstant()));
    }

    /** The organisation the subject was included under, whose tenant and session title the re-grading takes. */
    @Transactional(readOnly = true)
    public Optional<String> organizationOf(String campaignId, String subjectType, String subjectCode) {
        return type(subjectType).flatMap(type -> subject(campaignId, type, subjectCode))
                .map(CampaignSubject::getOrganizationCode);
    }

    /** The same, for the new session's mapping: the subject was checked on start. */
    @Transactional(readOnly = true)
    public String sessionOrganization(String campaignId, String subjectType, String subjectCode) {
        return organizationOf(campaignId, subjectType, subjectCode)
                .orElseThrow(() -> new IllegalStateException("Không có đối tượng " + subjectCode));
    }

    private Optional<String> subjectRefusal(String campaignId, SubjectType type, String subjectCode,
                                            Authentication caller) {
        if (subjectCode == null || subject(campaignId, type, subjectCode).isEmpty()) {
            return Optional.of("Không có đối tượng \"" + subjectCode + "\" thuộc loại này trong đợt kiểm điểm.");
        }
        if (inForce(campaignId, type, subjectCode).isEmpty()) {
            return Optional.of("Đối tượng " + subjectCode + " chưa có kết quả xếp loại để hủy.");
        }
        String body = decisionSubjects.decidingGroup(campaignId, type.name(), subjectCode);
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (!groups.contains(body) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
            return Optional.of("Chỉ thành viên cấp có thẩm quyền quyết định xếp loại đối tượng " + subjectCode
                    + " (" + body + ") mới được hủy kết quả và xếp loại lại.");
        }
        return Optional.empty();
    }

    private List<GradingDecision> inForce(String campaignId, SubjectType type, String subjectCode) {
        return decisions.findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledFalse(campaignId, type, subjectCode);
    }

    private Optional<CampaignSubject> subject(String campaignId, SubjectType type, String subjectCode) {
        return subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId, type, subjectCode);
    }

    private boolean campaignExists(String campaignId) {
        try {
            return campaignId != null && campaigns.existsById(Long.parseLong(campaignId));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static Optional<SubjectType> type(String subjectType) {
        try {
            return subjectType == null ? Optional.empty() : Optional.of(SubjectType.valueOf(subjectType));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
