package vn.partyreview.reports;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.grading.rules.SubjectType;

/** The first page: the campaigns the caller follows and, for a member, her cell's results and her history. */
@Service
@Transactional(readOnly = true)
class IndexReport {

    /** A campaign that reviewed the member, and the organisation it reviewed her in. */
    record Reviewed(CampaignView campaign, String organizationCode) {
    }

    record Index(String userName, List<CampaignView> followed, String memberCode, List<Reviewed> reviewed) {
    }

    private final ReportAccess access;
    private final CampaignSubjectRepository subjects;
    private final CampaignRepository campaigns;
    private final Labels labels;

    IndexReport(ReportAccess access, CampaignSubjectRepository subjects, CampaignRepository campaigns,
                Labels labels) {
        this.access = access;
        this.subjects = subjects;
        this.campaigns = campaigns;
        this.labels = labels;
    }

    Index of() {
        Reader reader = access.reader();
        List<CampaignView> followed = access.followed(reader, access.tree()).stream()
                .map(campaign -> CampaignView.of(campaign, labels)).toList();
        String memberCode = reader.self().map(member -> member.getCode()).orElse(null);
        List<Reviewed> reviewed = memberCode == null ? List.of()
                : subjects.findBySubjectTypeAndSubjectCode(SubjectType.MEMBER, memberCode).stream()
                        .map(subject -> campaigns.findById(Long.valueOf(subject.getCampaignId()))
                                .map(campaign -> new Reviewed(CampaignView.of(campaign, labels),
                                        subject.getOrganizationCode())).orElse(null))
                        .filter(java.util.Objects::nonNull)
                        .sorted((a, b) -> Integer.compare(b.campaign().year(), a.campaign().year())).toList();
        String name = reader.self().map(member -> member.getFullName())
                .orElse(reader.user() == null ? "" : reader.user().getUserId());
        return new Index(name, followed, memberCode, reviewed);
    }
}
