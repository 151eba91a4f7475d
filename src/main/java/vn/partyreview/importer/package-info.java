/**
 * Import of organisations, non-party bodies, party members and leadership collectives.
 * {@link vn.partyreview.importer.ImportService} is the module's entry.
 *
 * <h2>Files</h2>
 * <ul>
 *   <li><b>XLSX</b>: one workbook with sheets {@code organizations}, {@code bodies}, {@code members},
 *       {@code collectives}. Only {@code organizations} or {@code members} need be present; a missing sheet is an
 *       empty table; another non-empty sheet is refused.</li>
 *   <li><b>CSV</b>: one file per table, named like the sheets; UTF-8 (optional BOM), comma separated.</li>
 * </ul>
 * Row 1 holds the column names (exact, any order; unknown or repeated names are errors, required columns must be
 * there). Blank rows are skipped. Dates are {@code yyyy-MM-dd} or {@code dd/MM/yyyy} (or a date cell in XLSX).
 * Enum values are the English constant names, case-insensitive. Lists are separated by {@code ;}.
 *
 * <h2>Columns (* = required)</h2>
 * <ul>
 *   <li>{@code organizations}: code*, name*, kind* ({@code OrganizationKind}), category ({@code CellCategory}),
 *       parent_code (empty only for a root; required for a {@code CELL}; must not be a cell; may be defined
 *       anywhere in the file or already be in the database), established_on.</li>
 *   <li>{@code bodies}: code*, name*, kind* ({@code BodyKind}), organization_code*.</li>
 *   <li>{@code members}: code*, user_id* ({@code [a-zA-Z0-9._-]+}, the Camunda login), full_name*, gender,
 *       birth_date, official_cell (kind {@code CELL} or {@code BASIC_CELL}), temporary_cell, residence_cell (cells),
 *       admitted_on, status ({@code MemberStatus}, empty = {@code ACTIVE}; {@code NON_PARTY} for a leader who is
 *       not a party member: then official_cell, temporary_cell, residence_cell, admitted_on and probationary stay
 *       empty and every position is a {@code BODY_*} one; for everyone else official_cell and admitted_on are
 *       required), civil_servant (true/false/có/không/x,
 *       empty = no), transferred_in_on, previous_cell (free text), positions: items
 *       {@code ROLE@UNIT_CODE:Title}, e.g. {@code SECRETARY@CB-TDP01:Bí thư chi bộ}; the unit is an organisation
 *       for organisation roles and a body for {@code BODY_*} roles ({@code PositionRole}), probationary
 *       (đảng viên dự bị, yes/no like civil_servant, empty = a full member: reviewed and graded, but no vote),
 *       full_membership_on (the day recognised as a full member; empty for a probationary member, not before
 *       admitted_on), work_sector (HD 43 Phụ lục 4's sector of a civil servant, {@code WorkSector}: PARTY_ADVISORY,
 *       STATE_ADMINISTRATION, ELECTED_BODY, FRONT_MASS_ORGANIZATION, ARMED_FORCES, JUSTICE, PUBLIC_UNIT,
 *       STATE_ENTERPRISE, ASSOCIATION; only where civil_servant is yes; empty = not on record: the member then scores
 *       on the Phụ lục 4 sheet for every sector).</li>
 *   <li>{@code collectives}: code*, name*, unit_code* (organisation or body), head_code (member), member_codes
 *       (member codes; the head is a member anyway).</li>
 * </ul>
 * Organisation and body codes share one code space and become Camunda group ids ({@code CODE.members}, ...), so
 * they allow only {@code [a-zA-Z0-9._-]}, at most 50 characters. References resolve to the file or the database;
 * codes and user ids must be new (an existing Camunda user id counts as taken).
 *
 * <h2>Outcome</h2>
 * Every error of the whole file is collected (table, spreadsheet row, column, value, Vietnamese message). With any
 * error nothing is written. Otherwise one transaction writes organisations parents-first, bodies, members,
 * collectives, and creates their Camunda groups, users and memberships; the created users' initial passwords are
 * returned once. Entry points: {@link vn.partyreview.importer.ImportService}, {@code POST /api/import}
 * ({@link vn.partyreview.importer.ImportController}) and {@code --import=<file.xlsx|directory of CSV files>}
 * ({@link vn.partyreview.importer.ImportCommand}).
 */
package vn.partyreview.importer;
