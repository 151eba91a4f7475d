package vn.partyreview.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * Writes a validated batch inside the caller's transaction: organisations parents-first, then bodies, members and
 * collectives, then the Camunda groups and users.
 */
@Component
class ImportWriter {

    private final OrganizationRepository organizationRepository;
    private final PartyBodyRepository bodyRepository;
    private final PartyMemberRepository memberRepository;
    private final LeadershipCollectiveRepository collectiveRepository;
    private final IdentityProvisioning identityProvisioning;

    ImportWriter(OrganizationRepository organizationRepository, PartyBodyRepository bodyRepository,
                 PartyMemberRepository memberRepository, LeadershipCollectiveRepository collectiveRepository,
                 IdentityProvisioning identityProvisioning) {
        this.organizationRepository = organizationRepository;
        this.bodyRepository = bodyRepository;
        this.memberRepository = memberRepository;
        this.collectiveRepository = collectiveRepository;
        this.identityProvisioning = identityProvisioning;
    }

    ImportResult write(ImportBatch batch, ExistingRecords existing, Supplier<String> initialPasswords) {
        Map<String, Organization> organizations = new HashMap<>(existing.organizations());
        List<Organization> newOrganizations = new ArrayList<>();
        for (OrganizationRow row : parentsFirst(batch.organizations())) {
            Organization organization = new Organization(row.code(), row.name(), row.kind(), row.category(),
                    row.parentCode() == null ? null : organizations.get(row.parentCode()), row.establishedOn());
            organizations.put(row.code(), organization);
            newOrganizations.add(organizationRepository.save(organization));
        }
        Map<String, PartyBody> bodies = new HashMap<>(existing.bodies());
        List<PartyBody> newBodies = new ArrayList<>();
        for (BodyRow row : batch.bodies()) {
            PartyBody body = new PartyBody(row.code(), row.name(), row.kind(),
                    organizations.get(row.organizationCode()));
            bodies.put(row.code(), body);
            newBodies.add(body);
        }
        bodyRepository.saveAll(newBodies);
        Map<String, PartyMember> members = new HashMap<>(existing.members());
        List<PartyMember> newMembers = new ArrayList<>();
        for (MemberRow row : batch.members()) {
            PartyMember member = newMember(row, organizations, bodies);
            members.put(row.code(), member);
            newMembers.add(member);
        }
        memberRepository.saveAll(newMembers);
        List<LeadershipCollective> newCollectives = batch.collectives().stream()
                .map(row -> newCollective(row, organizations, bodies, members)).toList();
        collectiveRepository.saveAll(newCollectives);

        Map<String, String> passwords =
                identityProvisioning.provision(newOrganizations, newBodies, newMembers, initialPasswords);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(ImportTable.ORGANIZATIONS.tableName(), newOrganizations.size());
        counts.put(ImportTable.BODIES.tableName(), newBodies.size());
        counts.put(ImportTable.MEMBERS.tableName(), newMembers.size());
        counts.put(ImportTable.COLLECTIVES.tableName(), newCollectives.size());
        List<CreatedUser> createdUsers = passwords.entrySet().stream()
                .map(entry -> new CreatedUser(entry.getKey(), entry.getValue())).toList();
        return ImportResult.imported(counts, createdUsers);
    }

    /** Depth of each organisation within the file decides the order, so a parent is saved before its children. */
    private static List<OrganizationRow> parentsFirst(List<OrganizationRow> rows) {
        Map<String, OrganizationRow> byCode = new HashMap<>();
        rows.forEach(row -> byCode.put(row.code(), row));
        Map<String, Integer> depths = new HashMap<>();
        return rows.stream()
                .sorted(Comparator.comparingInt(row -> depth(row, byCode, depths)))
                .toList();
    }

    private static int depth(OrganizationRow row, Map<String, OrganizationRow> byCode, Map<String, Integer> depths) {
        Integer known = depths.get(row.code());
        if (known != null) {
            return known;
        }
        OrganizationRow parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
        int depth = parent == null ? 0 : depth(parent, byCode, depths) + 1;
        depths.put(row.code(), depth);
        return depth;
    }

    private static PartyMember newMember(MemberRow row, Map<String, Organization> organizations,
                                         Map<String, PartyBody> bodies) {
        PartyMember member = new PartyMember(row.code(), row.userId(), row.fullName(),
                organizations.get(row.officialCell()), row.admittedOn(), row.status(), row.civilServant());
        member.describe(row.gender(), row.birthDate());
        member.placeIn(organizations.get(row.temporaryCell()), organizations.get(row.residenceCell()));
        member.transferredIn(row.transferredInOn(), row.previousCell());
        member.probation(row.probationary(), row.fullMembershipOn());
        member.worksIn(row.workSector());
        for (MemberRow.PositionItem position : row.positions()) {
            boolean inOrganization = position.role().scope() == PositionRole.Scope.ORGANIZATION;
            member.addPosition(position.role(),
                    inOrganization ? organizations.get(position.unitCode()) : null,
                    inOrganization ? null : bodies.get(position.unitCode()),
                    position.title());
        }
        return member;
    }

    private static LeadershipCollective newCollective(CollectiveRow row, Map<String, Organization> organizations,
                                                      Map<String, PartyBody> bodies,
                                                      Map<String, PartyMember> members) {
        // HashMap lookups of an empty (null) code give null, as the optional references need.
        Organization organization = organizations.get(row.unitCode());
        LeadershipCollective collective = new LeadershipCollective(row.code(), row.name(), organization,
                organization == null ? bodies.get(row.unitCode()) : null,
                members.get(row.headCode()));
        row.memberCodes().forEach(code -> collective.addMember(members.get(code)));
        return collective;
    }
}
