package vn.partyreview.grading.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of a configured scoring sheet, as imported; a sheet is the items of one kind, owner and sector. */
@Entity
@Table(name = "points_sheet_item")
class PointsSheetItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sheet_kind", nullable = false)
    private SheetKind kind;

    @Column(name = "owner_code")
    private String ownerCode;

    @Column(name = "sector")
    private String sector;

    @Column(name = "item_order", nullable = false)
    private int order;

    @Column(name = "item_code", nullable = false)
    private String code;

    @Column(name = "label", nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_group", nullable = false)
    private ItemGroup group;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected PointsSheetItem() {
    }

    PointsSheetItem(Sheet sheet, int order, SheetItem item, Instant importedAt) {
        this.kind = sheet.kind();
        this.ownerCode = sheet.ownerCode();
        this.sector = sheet.sector();
        this.order = order;
        this.code = item.code();
        this.label = item.label();
        this.group = item.group();
        this.maxPoints = item.maxPoints();
        this.importedAt = importedAt;
    }

    SheetKind getKind() {
        return kind;
    }

    String getOwnerCode() {
        return ownerCode;
    }

    String getSector() {
        return sector;
    }

    SheetItem item() {
        return new SheetItem(code, label, group, maxPoints);
    }
}
