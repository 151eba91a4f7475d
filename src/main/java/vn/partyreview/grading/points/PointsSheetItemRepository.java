package vn.partyreview.grading.points;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PointsSheetItemRepository extends JpaRepository<PointsSheetItem, Long> {

    List<PointsSheetItem> findByKindOrderByOrder(SheetKind kind);
}
