package vn.partyreview.member;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.PartyBody;

/** Who holds a position in an organisation: the campaign needs heads (chairs) and their deputies. */
public interface PositionHolders extends Repository<PartyMember, Long> {

    @Query("select m from PartyMember m join m.positions p where p.organization.code = :orgCode and p.role = :role "
            + "order by m.code")
    List<PartyMember> holding(String orgCode, PositionRole role);

    @Query("select distinct m from PartyMember m join m.positions p where p.organization.code = :orgCode "
            + "and p.role in :roles order by m.code")
    List<PartyMember> holdingAny(String orgCode, Collection<PositionRole> roles);

    /** Everyone holding a post in one of the organisations, with all their posts. */
    @Query("select distinct m from PartyMember m join m.positions p where p.organization in :organizations")
    List<PartyMember> postedInOrganizations(Collection<Organization> organizations);

    /** Everyone holding a post in one of the bodies, party members or not, with all their posts. */
    @Query("select distinct m from PartyMember m join m.positions p where p.body in :bodies")
    List<PartyMember> postedInBodies(Collection<PartyBody> bodies);

    @Query("select distinct m from PartyMember m join m.positions p where p.body.code = :bodyCode and p.role = :role "
            + "order by m.code")
    List<PartyMember> holdingInBody(String bodyCode, PositionRole role);
}
