package vn.partyreview.subjects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.Position;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * The leaders of one committee's level, read from the posts on record ({@link LeaderTitle}): each person once, with
 * the title he is graded under and the places he is reviewed in, heads first, then by member code.
 */
@Service
@Transactional(readOnly = true)
public class LevelLeaders {

    private static final Set<BodyKind> GOVERNMENT = EnumSet.of(BodyKind.HDND_STANDING, BodyKind.UBND_LEADERSHIP);

    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final LeadershipCollectiveRepository collectives;
    private final PositionHolders holders;

    LevelLeaders(OrganizationRepository organizations, PartyBodyRepository bodies,
                 LeadershipCollectiveRepository collectives, PositionHolders holders) {
        this.organizations = organizations;
        this.bodies = bodies;
        this.collectives = collectives;
        this.holders = holders;
    }

    /**
     * @param memberCode   the person, a party member or not
     * @param title        the title graded under: the highest of his posts at the level
     * @param reviewPlaces the organisations or bodies before whose collective he is reviewed, by code
     * @param managedAboveTheLevel one of his posts at the level is managed by the standing committee above it
     *                     ({@link LeaderTitle#managedAboveTheLevel()}): a UVTV heading an advisory body is still a
     *                     UVTV, whatever title he is graded under
     */
    public record LevelLeader(String memberCode, LeaderTitle title, List<String> reviewPlaces,
                              boolean managedAboveTheLevel) {
    }

    /** A cell has no leaders of its own: they are graded at the committee above. */
    public List<LevelLeader> of(String levelCode) {
        Organization level = organization(levelCode);
        if (level.getKind().isCell()) {
            return List.of();
        }
        Map<String, List<LeaderTitle>> titles = new TreeMap<>();
        Map<String, Set<String>> places = new TreeMap<>();
        List<PartyBody> levelBodies = bodies.findByOrganization(level).stream()
                .filter(body -> body.getKind().gradedBeforeCommittee()).toList();
        List<Organization> units = new ArrayList<>(organizations.findByParent(level).stream()
                .filter(org -> org.getKind().isCell()).toList());
        units.add(level);
        Set<String> unitCodes = codes(units.stream().map(Organization::getCode).toList());
        Set<String> bodyCodes = codes(levelBodies.stream().map(PartyBody::getCode).toList());
        for (PartyMember person : holders.postedInOrganizations(units)) {
            for (Position post : person.getPositions()) {
                Organization org = post.getOrganization();
                if (org != null && unitCodes.contains(org.getCode())) {
                    LeaderTitle.Unit unit = org.getCode().equals(levelCode) ? LeaderTitle.Unit.LEVEL_COMMITTEE
                            : org.getKind() == OrganizationKind.BASIC_CELL ? LeaderTitle.Unit.BASIC_CELL_BELOW
                            : LeaderTitle.Unit.CELL_BELOW;
                    add(titles, places, person.getCode(), LeaderTitle.of(post.getRole(), unit), unit, org.getCode(),
                            levelCode);
                }
            }
        }
        if (!levelBodies.isEmpty()) {
            for (PartyMember person : holders.postedInBodies(levelBodies)) {
                for (Position post : person.getPositions()) {
                    if (post.getBody() != null && bodyCodes.contains(post.getBody().getCode())) {
                        LeaderTitle.Unit unit = unitOf(post.getBody());
                        add(titles, places, person.getCode(), LeaderTitle.of(post.getRole(), unit), unit,
                                post.getBody().getCode(), levelCode);
                    }
                }
            }
        }
        // the head of a collective on record is a head even where his post is not [P II.4]
        for (LeadershipCollective collective : levelCollectives(level, levelBodies)) {
            if (collective.getHead() != null) {
                LeaderTitle.Unit unit = collective.getBody() == null ? LeaderTitle.Unit.LEVEL_COMMITTEE
                        : unitOf(collective.getBody());
                LeaderTitle title = switch (unit) {
                    case GOVERNMENT_BODY -> LeaderTitle.GOVERNMENT_HEAD;
                    case FRONT_BODY -> LeaderTitle.FRONT_HEAD;
                    default -> LeaderTitle.COMMITTEE_HEAD;
                };
                add(titles, places, collective.getHead().getCode(), Optional.of(title), unit,
                        collective.getBody() == null ? levelCode : collective.getBody().getCode(), levelCode);
            }
        }
        return titles.entrySet().stream()
                .map(entry -> new LevelLeader(entry.getKey(), LeaderTitle.highest(entry.getValue()).orElseThrow(),
                        List.copyOf(places.get(entry.getKey())),
                        entry.getValue().stream().anyMatch(LeaderTitle::managedAboveTheLevel)))
                .sorted(Comparator.comparing((LevelLeader leader) -> !leader.title().head())
                        .thenComparing(LevelLeader::memberCode))
                .toList();
    }

    /** One leader of the level, as the records say now; fails when the person does not lead there. */
    public LevelLeader find(String levelCode, String memberCode) {
        return of(levelCode).stream().filter(leader -> leader.memberCode().equals(memberCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Đồng chí " + memberCode
                        + " không giữ chức vụ lãnh đạo, quản lý nào được đánh giá tại cấp " + levelCode));
    }

    private static void add(Map<String, List<LeaderTitle>> titles, Map<String, Set<String>> places, String code,
                            Optional<LeaderTitle> title, LeaderTitle.Unit unit, String unitCode, String levelCode) {
        title.ifPresent(held -> {
            titles.computeIfAbsent(code, any -> new ArrayList<>()).add(held);
            places.computeIfAbsent(code, any -> new TreeSet<>())
                    .add(unit.reviewedBeforeCommittee() ? levelCode : unitCode);
        });
    }

    private static Set<String> codes(List<String> codes) {
        return new TreeSet<>(codes);
    }

    private static LeaderTitle.Unit unitOf(PartyBody body) {
        return GOVERNMENT.contains(body.getKind()) ? LeaderTitle.Unit.GOVERNMENT_BODY : LeaderTitle.Unit.FRONT_BODY;
    }

    private List<LeadershipCollective> levelCollectives(Organization level, List<PartyBody> levelBodies) {
        List<LeadershipCollective> all = new ArrayList<>(collectives.findByOrganization(level));
        if (!levelBodies.isEmpty()) {
            all.addAll(collectives.findByBodyIn(levelBodies));
        }
        return all;
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }
}
