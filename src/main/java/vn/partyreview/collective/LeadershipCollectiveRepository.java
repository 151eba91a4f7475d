package vn.partyreview.collective;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipCollectiveRepository extends JpaRepository<LeadershipCollective, Long> {

    List<LeadershipCollective> findByCodeIn(Collection<String> codes);
}
