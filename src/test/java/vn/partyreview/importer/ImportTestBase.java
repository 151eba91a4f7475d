package vn.partyreview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.support.SpringAppTest;

/** One Spring context for all import tests; every data set uses its own code prefix, so tests do not collide. */
@SpringAppTest
abstract class ImportTestBase {

    /** Row counts of everything an import writes, to prove a rejected file wrote nothing. */
    record Snapshot(long organizations, long bodies, long members, long collectives, long users, long groups) {
    }

    @Autowired
    ImportService importService;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyBodyRepository bodies;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    LeadershipCollectiveRepository collectives;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate transaction;

    Snapshot snapshot() {
        return new Snapshot(organizations.count(), bodies.count(), members.count(), collectives.count(),
                identityService.createUserQuery().count(), identityService.createGroupQuery().count());
    }

    /** The CSV files of src/test/resources/import/{set}, by table name. */
    static Map<String, InputStream> csvSet(String set) {
        Map<String, InputStream> tables = new LinkedHashMap<>();
        for (ImportTable table : ImportTable.values()) {
            InputStream file = ImportTestBase.class.getResourceAsStream(
                    "/import/" + set + "/" + table.tableName() + ".csv");
            if (file != null) {
                tables.put(table.tableName(), file);
            }
        }
        return tables;
    }

    static byte[] bytes(String resource) {
        try (InputStream input = ImportTestBase.class.getResourceAsStream(resource)) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "table:row:column" of each error, for exact assertions on where the errors are. */
    static List<String> places(ImportResult result) {
        assertThat(result.succeeded()).isFalse();
        return result.errors().stream().map(error -> error.table() + ":" + error.row() + ":" + error.column())
                .toList();
    }

    List<String> usersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(user -> user.getId()).sorted().toList();
    }
}
