package vn.partyreview.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.Organization;

/**
 * How many subjects of each type reached each level, per organisation: members, collectives and leaders under the
 * organisation they belong to, party organisations under the organisation above them. Drawn by Chart.js.
 */
@Service
@Transactional(readOnly = true)
class LevelReport {

    static final String UNDECIDED = "Chưa có kết quả";

    /** One bar per organisation: {@code counts} per level, best first, then those not decided yet. */
    record Bar(String organizationName, List<Long> counts) {
    }

    record Chart(String id, String title, List<String> levels, List<Bar> bars) {
    }

    record Levels(CampaignView campaign, List<Chart> charts) {
    }

    private final ReportAccess access;
    private final CampaignResults results;
    private final Labels labels;

    LevelReport(ReportAccess access, CampaignResults results, Labels labels) {
        this.access = access;
        this.results = results;
        this.labels = labels;
    }

    Levels of(String campaignId) {
        Reader reader = access.reader();
        Campaign campaign = access.campaign(campaignId);
        OrganizationTree tree = access.tree();
        List<Organization> readable = access.readable(reader, tree, campaign).stream()
                .map(OrganizationTree.Node::organization).toList();
        Map<String, Organization> byCode = readable.stream()
                .collect(Collectors.toMap(Organization::getCode, o -> o, (a, b) -> a, LinkedHashMap::new));
        List<SubjectResult> all = results.of(campaign.getId()).orElseThrow(ReportRefusal::notFound);
        List<String> levels = new ArrayList<>(Arrays.stream(Level.values()).map(Level::label).toList());
        levels.add(UNDECIDED);
        List<Chart> charts = new ArrayList<>();
        for (SubjectType type : SubjectType.values()) {
            Map<Organization, List<SubjectResult>> grouped = new LinkedHashMap<>();
            byCode.values().forEach(organization -> grouped.put(organization, new ArrayList<>()));
            all.stream().filter(r -> r.subjectType() == type).forEach(r -> {
                Organization under = groupOf(r, byCode);
                if (under != null) {
                    grouped.get(under).add(r);
                }
            });
            List<Bar> bars = grouped.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> new Bar(entry.getKey().getName(), counts(entry.getValue()))).toList();
            if (!bars.isEmpty()) {
                charts.add(new Chart("chart-" + type.name().toLowerCase(), labels.subjectType(type), levels, bars));
            }
        }
        return new Levels(CampaignView.of(campaign, labels), charts);
    }

    /** The readable organisation a subject is counted under, null when the caller does not read it. */
    private static Organization groupOf(SubjectResult result, Map<String, Organization> readable) {
        Organization own = readable.get(result.organizationCode());
        if (own == null || result.subjectType() != SubjectType.PARTY_ORGANIZATION) {
            return own;
        }
        Organization parent = own.getParent();
        return parent != null && readable.containsKey(parent.getCode()) ? readable.get(parent.getCode()) : own;
    }

    private static List<Long> counts(List<SubjectResult> subjects) {
        List<Long> counts = new ArrayList<>();
        for (Level level : Level.values()) {
            counts.add(subjects.stream().filter(r -> r.level() == level).count());
        }
        counts.add(subjects.stream().map(SubjectResult::level).filter(Objects::isNull).count());
        return counts;
    }
}
