package vn.partyreview.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;

/** Loads the {@link ExistingRecords} of a file with a few IN queries. */
@Component
class ExistingRecordsLookup {

    /** Keeps IN lists well below database bind-parameter limits for a province-sized file. */
    private static final int CHUNK = 1000;

    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final PartyMemberRepository members;
    private final LeadershipCollectiveRepository collectives;
    private final IdentityService identityService;

    ExistingRecordsLookup(OrganizationRepository organizations, PartyBodyRepository bodies,
                          PartyMemberRepository members, LeadershipCollectiveRepository collectives,
                          IdentityService identityService) {
        this.organizations = organizations;
        this.bodies = bodies;
        this.members = members;
        this.collectives = collectives;
        this.identityService = identityService;
    }

    ExistingRecords find(ImportBatch batch) {
        List<String> unitCodes = batch.unitCodes();
        Set<String> userIds = new HashSet<>();
        inChunks(batch.userIds(), members::findByUserIdIn).forEach(member -> userIds.add(member.getUserId()));
        // A Camunda user without a member record (e.g. the administrator) must not be taken over by a member.
        inChunks(batch.userIds(), ids -> identityService.createUserQuery().userIdIn(ids.toArray(String[]::new))
                .list()).stream().map(User::getId).forEach(userIds::add);
        return new ExistingRecords(
                byCode(inChunks(unitCodes, organizations::findByCodeIn), Organization::getCode),
                byCode(inChunks(unitCodes, bodies::findByCodeIn), PartyBody::getCode),
                byCode(inChunks(batch.memberCodes(), members::findByCodeIn), PartyMember::getCode),
                userIds,
                inChunks(batch.collectiveCodes(), collectives::findByCodeIn).stream()
                        .map(LeadershipCollective::getCode).collect(Collectors.toSet()));
    }

    private static <T> Map<String, T> byCode(List<T> records, Function<T, String> code) {
        return records.stream().collect(Collectors.toMap(code, Function.identity()));
    }

    private static <T> List<T> inChunks(List<String> keys, Function<Collection<String>, List<T>> query) {
        List<T> result = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            result.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + CHUNK))));
        }
        return result;
    }
}
