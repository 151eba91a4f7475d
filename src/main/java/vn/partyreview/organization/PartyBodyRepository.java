package vn.partyreview.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyBodyRepository extends JpaRepository<PartyBody, Long> {

    Optional<PartyBody> findByCode(String code);

    List<PartyBody> findByCodeIn(Collection<String> codes);

    List<PartyBody> findByOrganization(Organization organization);
}
