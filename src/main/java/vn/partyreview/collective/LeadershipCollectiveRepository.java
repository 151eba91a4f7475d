package vn.partyreview.collective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.PartyBody;

public interface LeadershipCollectiveRepository extends JpaRepository<LeadershipCollective, Long> {

    List<LeadershipCollective> findByCodeIn(Collection<String> codes);

    Optional<LeadershipCollective> findByCode(String code);

    /** The collectives leading the given non-party bodies. */
    List<LeadershipCollective> findByBodyIn(Collection<PartyBody> bodies);

    /** The collective (executive committee) of a party organisation itself. */
    List<LeadershipCollective> findByOrganization(Organization organization);

    /** The collectives (committees) of the given party organisations. */
    List<LeadershipCollective> findByOrganizationIn(Collection<Organization> organizations);

    /** Every collective the member heads. */
    List<LeadershipCollective> findByHeadCode(String memberCode);
}
