package vn.partyreview.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.Position;
import vn.partyreview.organization.Organization;

/**
 * Subjects holding equivalent positions side by side [P I.2: "so sánh giữa các vị trí tương đương"]: the same role
 * in organisations of the same kind (every "Bí thư — Chi bộ trực thuộc tổ dân phố") or in bodies of the same kind
 * (every "Người đứng đầu — Lãnh đạo UBND"), with each holder's level as a member and, if graded, as a leader.
 */
@Service
@Transactional(readOnly = true)
class PositionReport {

    /** One holder: the position's title in its unit, and her levels this campaign. */
    record Holder(String memberCode, String name, String title, String unitName, String memberLevel,
                  String memberStatus, String leaderLevel) {
    }

    record Group(String key, String label, List<Holder> holders) {
    }

    record Positions(CampaignView campaign, List<Group> groups, Group chosen) {
    }

    private final ReportAccess access;
    private final CampaignResults results;
    private final PartyMemberRepository members;
    private final Labels labels;

    PositionReport(ReportAccess access, CampaignResults results, PartyMemberRepository members, Labels labels) {
        this.access = access;
        this.results = results;
        this.members = members;
        this.labels = labels;
    }

    /** Every group of equivalent positions the caller reads; the one named by {@code key}, else the largest. */
    Positions of(String campaignId, String key) {
        Reader reader = access.reader();
        Campaign campaign = access.campaign(campaignId);
        OrganizationTree tree = access.tree();
        access.readable(reader, tree, campaign);
        List<SubjectResult> all = results.of(campaign.getId()).orElseThrow(ReportRefusal::notFound);
        Map<String, SubjectResult> asMember = byCode(all, SubjectType.MEMBER);
        Map<String, SubjectResult> asLeader = byCode(all, SubjectType.LEADER);
        Map<String, Group> groups = new TreeMap<>();
        for (PartyMember member : members.findByCodeIn(asMember.keySet())) {
            SubjectResult result = asMember.get(member.getCode());
            if (!tree.find(result.organizationCode()).map(reader::reads).orElse(false)) {
                continue;
            }
            for (Position position : member.getPositions()) {
                Organization unit = position.getOrganization() != null ? position.getOrganization()
                        : position.getBody().getOrganization();
                if (!reader.reads(unit)) {
                    continue;
                }
                String[] equivalent = equivalent(position);
                SubjectResult leader = asLeader.get(member.getCode());
                groups.computeIfAbsent(equivalent[0], k -> new Group(k, equivalent[1], new ArrayList<>())).holders()
                        .add(new Holder(member.getCode(), member.getFullName(), position.getTitle(),
                                position.getOrganization() != null ? unit.getName() : position.getBody().getName(),
                                labels.level(result.level()),
                                labels.status(result.status()), leader == null ? "" : labels.level(leader.level())));
            }
        }
        List<Group> listed = groups.values().stream().filter(group -> group.holders().size() > 1).toList();
        listed.forEach(group -> group.holders().sort(Comparator.comparing(Holder::unitName)));
        Group chosen = listed.stream().filter(group -> group.key().equals(key)).findFirst()
                .orElse(listed.stream().max(Comparator.comparingInt(group -> group.holders().size())).orElse(null));
        return new Positions(CampaignView.of(campaign, labels), listed, chosen);
    }

    /** The key and label of the positions equivalent to this one. */
    private static String[] equivalent(Position position) {
        if (position.getOrganization() != null) {
            Organization unit = position.getOrganization();
            return new String[] {position.getRole() + "@" + unit.getKind() + "." + unit.getCategory(),
                    Labels.role(position.getRole()) + " — " + Labels.organizationKind(unit.getKind(),
                            unit.getCategory())};
        }
        return new String[] {position.getRole() + "@" + position.getBody().getKind(),
                Labels.role(position.getRole()) + " — " + Labels.bodyKind(position.getBody().getKind())};
    }

    private static Map<String, SubjectResult> byCode(List<SubjectResult> all, SubjectType type) {
        return all.stream().filter(r -> r.subjectType() == type)
                .collect(Collectors.toMap(SubjectResult::subjectCode, Function.identity(), (a, b) -> a));
    }
}
