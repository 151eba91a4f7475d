package vn.partyreview.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PositionRole;

/** Who holds a position in an organisation: the campaign needs heads (chairs) and their deputies. */
public interface PositionHolders extends Repository<PartyMember, Long> {

    @Query("select m from PartyMember m join m.positions p where p.organization.code = :orgCode and p.role = :role "
            + "order by m.code")
    List<PartyMember> holding(String orgCode, PositionRole role);

    @Query("select distinct m from PartyMember m join m.positions p where p.organization.code = :orgCode "
            + "and p.role in :roles order by m.code")
    List<PartyMember> holdingAny(String orgCode, Collection<PositionRole> roles);
}
