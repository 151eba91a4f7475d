package vn.partyreview.grading.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.partyreview.importer.ImportError;
import vn.partyreview.member.WorkSector;

/**
 * Reads the table {@code items} into sheets, every error at once, placed as the organisation import places them
 * (table, row, column, value, Vietnamese message). Columns: kind*, owner, sector, code*, label*, group*, maxPoints*;
 * the rows of one (kind, owner, sector) form one sheet, in file order.
 */
public final class SheetImport {

    static final List<String> COLUMNS = List.of("kind", "owner", "sector", "code", "label", "group", "maxPoints");
    private static final Set<String> REQUIRED = Set.of("kind", "code", "label", "group", "maxPoints");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    /** The sectors of Phụ lục 4, as a member's record names them. */
    private static final List<String> SECTORS = Arrays.stream(WorkSector.values()).map(Enum::name).toList();
    private static final BigDecimal MOST = BigDecimal.valueOf(70);

    public record Result(List<Sheet> sheets, List<ImportError> errors) {
    }

    private record Key(SheetKind kind, String owner, String sector) {
    }

    private SheetImport() {
    }

    static Result read(ItemRows table, Predicate<String> organizationExists) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> columns = header(table.headers(), errors);
        Map<Key, List<SheetItem>> items = new LinkedHashMap<>();
        Map<Key, Map<ItemGroup, Integer>> lastRow = new HashMap<>();
        Map<Key, Set<String>> codes = new HashMap<>();
        if (errors.isEmpty()) {
            for (ItemRows.Row row : table.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                Cells cells = new Cells(row, columns, errors);
                SheetKind kind = cells.choice("kind", SheetKind.class, "Loại biểu");
                String owner = cells.text("owner", 64);
                if (owner != null && !organizationExists.test(owner)) {
                    cells.error("owner", owner, "Không có tổ chức đảng mã '" + owner + "'");
                }
                String sector = cells.text("sector", 32);
                if (sector != null && (kind != null && !kind.bySector() || !SECTORS.contains(sector))) {
                    cells.error("sector", sector, "Lĩnh vực chỉ dùng cho Phụ lục 4, một trong các mã "
                            + String.join(", ", SECTORS));
                }
                String code = cells.text("code", 32);
                if (code != null && !CODE.matcher(code).matches()) {
                    cells.error("code", code, "Mã tiêu chí chỉ gồm chữ, số, dấu chấm, gạch");
                }
                String label = cells.text("label", 500);
                ItemGroup group = cells.choice("group", ItemGroup.class, "Nhóm điểm");
                BigDecimal max = cells.points("maxPoints");
                if (kind == null || code == null || label == null || group == null || max == null) {
                    continue;
                }
                Key key = new Key(kind, owner, sector);
                if (!codes.computeIfAbsent(key, k -> new HashSet<>()).add(code)) {
                    cells.error("code", code, "Mã tiêu chí '" + code + "' bị lặp trong cùng một biểu");
                    continue;
                }
                items.computeIfAbsent(key, k -> new ArrayList<>()).add(new SheetItem(code, label, group, max));
                lastRow.computeIfAbsent(key, k -> new HashMap<>()).put(group, row.number());
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        items.forEach((key, sheetItems) -> {
            Sheet sheet = new Sheet(key.kind(), key.owner(), key.sector(), List.copyOf(sheetItems));
            totals(sheet, lastRow.get(key), errors);
            sheets.add(sheet);
        });
        if (errors.isEmpty() && sheets.isEmpty()) {
            errors.add(new ImportError(ItemRows.TABLE, 2, "code", "", "Tệp không có tiêu chí nào"));
        }
        errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Result(errors.isEmpty() ? sheets : List.of(), List.copyOf(errors));
    }

    /** A group that does not add up is reported on its last row, column maxPoints. */
    private static void totals(Sheet sheet, Map<ItemGroup, Integer> lastRows, List<ImportError> errors) {
        for (String problem : SheetTotals.problems(sheet.kind(), sheet.items())) {
            ItemGroup group = problem.contains(ItemGroup.COMMON.label()) ? ItemGroup.COMMON : ItemGroup.TASKS;
            int row = lastRows.getOrDefault(group, lastRows.values().stream().max(Integer::compare).orElse(2));
            String where = sheet.ownerCode() == null ? "biểu mặc định" : "biểu của " + sheet.ownerCode();
            errors.add(new ImportError(ItemRows.TABLE, row, "maxPoints", "", problem + " (" + where
                    + (sheet.sector() == null ? "" : ", lĩnh vực " + sheet.sector()) + ")"));
        }
    }

    private static Map<String, Integer> header(List<String> headers, List<ImportError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int index = 0; index < headers.size(); index++) {
            String name = headers.get(index) == null ? "" : headers.get(index);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                errors.add(new ImportError(ItemRows.TABLE, 1, name, name,
                        "Cột không hợp lệ '" + name + "' (dùng " + String.join(", ", COLUMNS) + ")"));
            } else if (columns.putIfAbsent(name, index) != null) {
                errors.add(new ImportError(ItemRows.TABLE, 1, name, name, "Cột '" + name + "' bị lặp"));
            }
        }
        REQUIRED.stream().filter(name -> !columns.containsKey(name)).sorted().forEach(name -> errors.add(
                new ImportError(ItemRows.TABLE, 1, name, "", "Thiếu cột bắt buộc '" + name + "'")));
        return columns;
    }

    /** One row's cells, each read once with its own error. */
    private record Cells(ItemRows.Row row, Map<String, Integer> columns, List<ImportError> errors) {

        String raw(String column) {
            Integer index = columns.get(column);
            String value = index == null || index >= row.cells().size() ? null : row.cells().get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }

        void error(String column, String value, String message) {
            errors.add(new ImportError(ItemRows.TABLE, row.number(), column, value == null ? "" : value, message));
        }

        String text(String column, int maxLength) {
            String value = raw(column);
            if (value == null && REQUIRED.contains(column)) {
                error(column, "", "Thiếu giá trị bắt buộc ở cột '" + column + "'");
            } else if (value != null && value.length() > maxLength) {
                error(column, value, "Dài quá " + maxLength + " ký tự");
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, String what) {
            String value = text(column, 32);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase());
            } catch (IllegalArgumentException unknown) {
                List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                error(column, value, what + " không hợp lệ '" + value + "' (dùng " + String.join(", ", names) + ")");
                return null;
            }
        }

        /** Points: a number above 0 and at most 70, two decimals at most; a decimal comma is read too. */
        BigDecimal points(String column) {
            String value = text(column, 16);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal points = new BigDecimal(value.replace(',', '.'));
                if (points.signum() > 0 && points.compareTo(MOST) <= 0 && points.stripTrailingZeros().scale() <= 2) {
                    return points;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            error(column, value, "Điểm tối đa phải là số lớn hơn 0, không quá 70, tối đa 2 chữ số thập phân");
            return null;
        }
    }
}
