package vn.partyreview.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.results.CampaignDecisions;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;
import vn.partyreview.documents.DossierDocuments;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.Organization;

/**
 * An organisation's published (công khai) results [P I.2]: the decided level of the organisation and of each of its
 * subjects, nothing of how anyone voted. For its readers, and for the members the campaign reviewed in it.
 */
@Service
@Transactional(readOnly = true)
class PublishedReport {

    record Line(String subjectType, String subjectCode, String name, String level, String decidedAt) {
    }

    /** A document of the dossier the caller may read, by the documents module's address. */
    record Link(String title, String url, String format) {

        static Link of(DossierDocuments.Document document) {
            String format = switch (document.mediaType()) {
                case DossierDocuments.PDF -> "PDF";
                case DossierDocuments.XLSX -> "XLSX";
                case DossierDocuments.ZIP -> "ZIP";
                default -> "DOCX";
            };
            return new Link(document.title(), document.url(), format);
        }
    }

    record Published(CampaignView campaign, String organizationCode, String organizationName, List<Line> lines,
                     long awaiting, List<Link> documents) {
    }

    private final ReportAccess access;
    private final CampaignSubjectRepository subjects;
    private final CampaignDecisions decisions;
    private final DossierDocuments documents;
    private final Labels labels;

    PublishedReport(ReportAccess access, CampaignSubjectRepository subjects, CampaignDecisions decisions,
                    DossierDocuments documents, Labels labels) {
        this.access = access;
        this.subjects = subjects;
        this.decisions = decisions;
        this.documents = documents;
        this.labels = labels;
    }

    Published of(String campaignId, String orgCode) {
        Reader reader = access.reader();
        Campaign campaign = access.campaign(campaignId);
        OrganizationTree tree = access.tree();
        Organization organization = access.organization(tree, orgCode);
        String id = String.valueOf(campaign.getId());
        if (!reader.reads(organization) && !reviewedIn(reader, id, organization)) {
            throw ReportRefusal.forbidden();
        }
        Map<String, GradingDecision> decided = decisions.findByCampaignIdAndCancelledFalse(id).stream()
                .collect(Collectors.toMap(d -> d.getSubjectType() + "/" + d.getSubjectId(), Function.identity(),
                        (a, b) -> a));
        List<CampaignSubject> own = subjects.findByCampaignIdOrderBySubjectTypeAscSubjectCodeAsc(id).stream()
                .filter(subject -> subject.getOrganizationCode().equals(organization.getCode())).toList();
        List<Line> lines = own.stream()
                .filter(subject -> decided.containsKey(subject.getSubjectType() + "/" + subject.getSubjectCode()))
                .map(subject -> line(subject, decided.get(subject.getSubjectType() + "/" + subject.getSubjectCode())))
                .sorted(Comparator.comparing((Line line) -> !line.subjectCode().equals(organization.getCode()))
                        .thenComparing(Line::subjectType).thenComparing(Line::name))
                .toList();
        DossierDocuments.Answer<List<DossierDocuments.Document>> files =
                documents.list(campaign.getId(), organization.getCode(), reader.user());
        return new Published(CampaignView.of(campaign, labels), organization.getCode(), organization.getName(), lines,
                own.size() - lines.size(), files.value() == null ? List.of() : files.value().stream().map(Link::of).toList());
    }

    /** The organisation the campaign reviewed the signed-in member in, when it is this one. */
    private boolean reviewedIn(Reader reader, String campaignId, Organization organization) {
        return reader.self().flatMap(member -> subjects.findByCampaignIdAndSubjectTypeAndSubjectCode(campaignId,
                        SubjectType.MEMBER, member.getCode()))
                .map(subject -> subject.getOrganizationCode().equals(organization.getCode())).orElse(false);
    }

    private Line line(CampaignSubject subject, GradingDecision decision) {
        return new Line(labels.subjectType(subject.getSubjectType()), subject.getSubjectCode(),
                subject.getSubjectName(), labels.level(decision.getLevel()), labels.date(decision.getDecidedAt()));
    }
}
