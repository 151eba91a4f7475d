package vn.partyreview.grading.points;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;

/**
 * The configured scoring sheets (SPEC §15: the items and weights are the superior committee's, only the 30/70 totals
 * national). Which sheet applies is read from the records at the moment of use: the nearest committee up the tree
 * from the subject's organisation (itself included) that owns a sheet of the kind, else the national default.
 */
@Service
@Transactional
public class PointsSheets {

    private final PointsSheetItemRepository items;
    private final OrganizationRepository organizations;

    PointsSheets(PointsSheetItemRepository items, OrganizationRepository organizations) {
        this.items = items;
        this.organizations = organizations;
    }

    /**
     * @param orgCode the organisation the subject is reviewed under (a member's cell, a collective's or leader's
     *                level, an organisation itself)
     * @param sector  Phụ lục 4 only: the member's sector; a sheet for every sector serves where none is set for it
     */
    @Transactional(readOnly = true)
    public Optional<Sheet> applicable(SheetKind kind, String orgCode, String sector) {
        List<PointsSheetItem> all = items.findByKindOrderByOrder(kind);
        List<String> owners = new java.util.ArrayList<>(chain(orgCode));
        owners.add(null);
        for (String owner : owners) {
            for (String candidate : sector == null ? new String[] {null} : new String[] {sector, null}) {
                List<SheetItem> found = all.stream().filter(item -> Objects.equals(item.getOwnerCode(), owner)
                        && Objects.equals(item.getSector(), candidate)).map(PointsSheetItem::item).toList();
                if (!found.isEmpty()) {
                    return Optional.of(new Sheet(kind, owner, candidate, found));
                }
            }
        }
        return Optional.empty();
    }

    /** The organisation and its ancestors, nearest first. */
    private List<String> chain(String orgCode) {
        List<String> codes = new java.util.ArrayList<>();
        Organization org = orgCode == null ? null : organizations.findByCode(orgCode).orElse(null);
        while (org != null && !codes.contains(org.getCode())) {
            codes.add(org.getCode());
            org = org.getParent();
        }
        return codes;
    }

    /** CSV import: all or nothing. */
    public SheetImport.Result importCsv(InputStream csv) {
        return store(SheetImport.read(ItemRows.csv(csv), this::organizationExists));
    }

    /** XLSX import, the sheet {@code items}: all or nothing. */
    public SheetImport.Result importWorkbook(InputStream xlsx) {
        return store(SheetImport.read(ItemRows.workbook(xlsx), this::organizationExists));
    }

    /** Whether the national default sheets are loaded (the demo loads them once). */
    @Transactional(readOnly = true)
    public boolean configured() {
        return items.count() > 0;
    }

    private boolean organizationExists(String code) {
        return organizations.findByCode(code).isPresent();
    }

    /** Each sheet named replaces the items that sheet had; other sheets stay as they were. */
    private SheetImport.Result store(SheetImport.Result result) {
        if (!result.errors().isEmpty()) {
            return result;
        }
        Instant now = Instant.now();
        for (Sheet sheet : result.sheets()) {
            items.deleteAll(items.findByKindOrderByOrder(sheet.kind()).stream()
                    .filter(item -> Objects.equals(item.getOwnerCode(), sheet.ownerCode())
                            && Objects.equals(item.getSector(), sheet.sector())).collect(Collectors.toList()));
            items.flush();
            for (int order = 0; order < sheet.items().size(); order++) {
                items.save(new PointsSheetItem(sheet, order, sheet.items().get(order), now));
            }
        }
        return result;
    }
}
