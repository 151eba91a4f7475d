package vn.partyreview.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** The rows of one import file, read cell by cell; cross-row and database checks come later. */
record ImportBatch(List<OrganizationRow> organizations, List<BodyRow> bodies, List<MemberRow> members,
                   List<CollectiveRow> collectives) {

    static ImportBatch read(Map<ImportTable, RawTable> tables, ImportErrors errors) {
        if (!tables.containsKey(ImportTable.ORGANIZATIONS) && !tables.containsKey(ImportTable.MEMBERS)) {
            throw new ImportFileException("Tệp phải có bảng organizations hoặc members");
        }
        return new ImportBatch(
                rows(tables, ImportTable.ORGANIZATIONS, errors, OrganizationRow::read),
                rows(tables, ImportTable.BODIES, errors, BodyRow::read),
                rows(tables, ImportTable.MEMBERS, errors, MemberRow::read),
                rows(tables, ImportTable.COLLECTIVES, errors, CollectiveRow::read));
    }

    private static <T> List<T> rows(Map<ImportTable, RawTable> tables, ImportTable table, ImportErrors errors,
                                    Function<RowReader, T> reader) {
        RawTable raw = tables.get(table);
        return raw == null ? List.of() : raw.readRows(errors).stream().map(reader).toList();
    }

    /** Every organisation or body code the file defines or refers to. */
    List<String> unitCodes() {
        return Stream.of(
                        organizations.stream().flatMap(row -> Stream.of(row.code(), row.parentCode())),
                        bodies.stream().flatMap(row -> Stream.of(row.code(), row.organizationCode())),
                        members.stream().flatMap(row -> Stream.concat(
                                Stream.of(row.officialCell(), row.temporaryCell(), row.residenceCell()),
                                row.positions().stream().map(MemberRow.PositionItem::unitCode))),
                        collectives.stream().map(CollectiveRow::unitCode))
                .flatMap(Function.identity()).filter(code -> code != null).distinct().toList();
    }

    /** Every member code the file defines or refers to. */
    List<String> memberCodes() {
        return Stream.concat(members.stream().map(MemberRow::code),
                        collectives.stream().flatMap(row -> Stream.concat(Stream.of(row.headCode()),
                                row.memberCodes().stream())))
                .filter(code -> code != null).distinct().toList();
    }

    List<String> userIds() {
        return members.stream().map(MemberRow::userId).filter(id -> id != null).distinct().toList();
    }

    List<String> collectiveCodes() {
        return collectives.stream().map(CollectiveRow::code).filter(code -> code != null).distinct().toList();
    }
}
