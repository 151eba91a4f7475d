package vn.partyreview.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.ResultStatus;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.Organization;

/** Progress per organisation of a campaign: the stage its instance reached, its result so far, its late stages. */
@Service
@Transactional(readOnly = true)
class ProgressReport {

    static final String NOT_STARTED = "Chưa bắt đầu";
    static final String OWN_STEPS_DONE = "Đã xong các bước của đơn vị";

    /** One organisation's line; {@code depth} indents it under its parent. */
    record Row(String code, String name, int depth, String stage, String status, String level,
               List<String> lateStages, long membersDecided, long members) {

        public boolean late() {
            return !lateStages.isEmpty();
        }
    }

    record Progress(CampaignView campaign, List<Row> rows, String query, boolean onlyLate, long lateCount) {
    }

    private final ReportAccess access;
    private final CampaignResults results;
    private final EngineStages stages;
    private final Labels labels;

    ProgressReport(ReportAccess access, CampaignResults results, EngineStages stages, Labels labels) {
        this.access = access;
        this.results = results;
        this.stages = stages;
        this.labels = labels;
    }

    /** Rows the caller reads, those whose name or code contains {@code query}, only late ones when asked. */
    Progress of(String campaignId, String query, boolean onlyLate) {
        Reader reader = access.reader();
        Campaign campaign = access.campaign(campaignId);
        OrganizationTree tree = access.tree();
        List<OrganizationTree.Node> nodes = access.readable(reader, tree, campaign);
        List<SubjectResult> all = results.of(campaign.getId()).orElseThrow(ReportRefusal::notFound);
        Map<String, SubjectResult> organizations = all.stream()
                .filter(r -> r.subjectType() == SubjectType.PARTY_ORGANIZATION)
                .collect(Collectors.toMap(SubjectResult::subjectCode, Function.identity()));
        Map<String, List<SubjectResult>> members = all.stream().filter(r -> r.subjectType() == SubjectType.MEMBER)
                .collect(Collectors.groupingBy(SubjectResult::organizationCode));
        Map<String, List<String>> running = stages.of(campaign.getId());
        List<Row> rows = nodes.stream()
                .map(node -> row(node, organizations.get(node.organization().getCode()),
                        members.getOrDefault(node.organization().getCode(), List.of()),
                        running.get(node.organization().getCode())))
                .toList();
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Row> shown = rows.stream()
                .filter(row -> needle.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(needle)
                        || row.code().toLowerCase(Locale.ROOT).contains(needle))
                .filter(row -> !onlyLate || row.late()).toList();
        return new Progress(CampaignView.of(campaign, labels), shown, query == null ? "" : query.strip(), onlyLate,
                rows.stream().filter(Row::late).count());
    }

    private Row row(OrganizationTree.Node node, SubjectResult result, List<SubjectResult> members,
                    List<String> running) {
        Organization organization = node.organization();
        String stage = running != null && !running.isEmpty() ? String.join("; ", running)
                : result == null ? NOT_STARTED : OWN_STEPS_DONE;
        return new Row(organization.getCode(), organization.getName(), node.depth(), stage,
                result == null ? NOT_STARTED : labels.status(result.status()),
                result == null ? "" : labels.level(result.level()),
                result == null ? List.of() : result.lateStages().stream().distinct().toList(),
                members.stream().filter(m -> m.status() == ResultStatus.DECIDED).count(), members.size());
    }
}
