package vn.partyreview.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.results.CampaignDecisions;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.results.ResultStatus;
import vn.partyreview.results.SubjectLateness;
import vn.partyreview.results.SubjectLatenessRepository;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.SubjectType;

/**
 * A subject's results over the years, one line per campaign that included it (codes are stable across years). A
 * line is shown to the person herself and to those who read the organisation the subject belonged to that year.
 */
@Service
@Transactional(readOnly = true)
class HistoryReport {

    record Year(long campaignId, int year, String campaignName, String organizationCode, String organizationName,
                String status, String selfLevel, String level, String decidedAt, List<String> lateStages) {
    }

    record History(String subjectType, String subjectCode, String subjectName, List<Year> years) {
    }

    private final ReportAccess access;
    private final CampaignSubjectRepository subjects;
    private final CampaignRepository campaigns;
    private final CampaignDecisions decisions;
    private final SubjectLatenessRepository lateness;
    private final Labels labels;

    HistoryReport(ReportAccess access, CampaignSubjectRepository subjects, CampaignRepository campaigns,
                  CampaignDecisions decisions, SubjectLatenessRepository lateness, Labels labels) {
        this.access = access;
        this.subjects = subjects;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.lateness = lateness;
        this.labels = labels;
    }

    /** The signed-in member's own code, when she is a party member. */
    Optional<String> ownCode() {
        return access.reader().self().map(member -> member.getCode());
    }

    History of(String type, String code) {
        SubjectType subjectType = subjectType(type);
        ReportAccess.code(code, "code");
        Reader reader = access.reader();
        OrganizationTree tree = access.tree();
        List<CampaignSubject> included = subjects.findBySubjectTypeAndSubjectCode(subjectType, code);
        List<Year> years = included.stream()
                .filter(subject -> reader.is(subjectType, code)
                        || tree.find(subject.getOrganizationCode()).map(reader::reads).orElse(false))
                .map(subject -> year(subject, tree))
                .sorted(Comparator.comparingInt(Year::year).thenComparingLong(Year::campaignId))
                .toList();
        if (years.isEmpty()) {
            // also for a code no campaign included: whether a subject exists is not told to whoever may not see it
            throw ReportRefusal.forbidden();
        }
        String name = included.get(included.size() - 1).getSubjectName();
        return new History(labels.subjectType(subjectType), code, name, years);
    }

    private Year year(CampaignSubject subject, OrganizationTree tree) {
        Campaign campaign = campaigns.findById(Long.valueOf(subject.getCampaignId())).orElseThrow();
        GradingDecision decision = decisions.findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledFalse(
                subject.getCampaignId(), subject.getSubjectType(), subject.getSubjectCode()).stream().findFirst()
                .orElse(null);
        List<String> late = lateness.findByCampaignId(subject.getCampaignId()).stream()
                .filter(record -> record.getSubjectType() == subject.getSubjectType()
                        && record.getSubjectCode().equals(subject.getSubjectCode()))
                .map(SubjectLateness::getStage).distinct().toList();
        return new Year(campaign.getId(), campaign.getYear(), CampaignView.of(campaign, labels).title(),
                subject.getOrganizationCode(),
                tree.find(subject.getOrganizationCode()).map(o -> o.getName()).orElse(subject.getOrganizationCode()),
                labels.status(ResultStatus.of(subject, decision != null)), labels.level(subject.getSelfLevel()),
                decision == null ? "" : labels.level(decision.getLevel()),
                decision == null ? "" : labels.date(decision.getDecidedAt()), late);
    }

    static SubjectType subjectType(String type) {
        try {
            return SubjectType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReportRefusal.badField("type", "Loại đối tượng không hợp lệ");
        }
    }
}
