package vn.partyreview.quarterly;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarterlyAssessmentRepository extends JpaRepository<QuarterlyAssessment, Long> {

    List<QuarterlyAssessment> findByMemberCodeAndYearOrderByIdAsc(String memberCode, int year);
}
