/**
 * Secret ballot (SPEC §6): the reusable model {@code secretBallot}, its ballot box, counting rule and minutes.
 *
 * <h2>Why nothing links a voter to a choice once the ballot is cast</h2>
 * <ol>
 *   <li>The choice travels only in variables named like {@value vn.partyreview.ballot.SecretBallot#SHEET}, local
 *       variables of the ballot task's execution (prefilled blank by input mappings): Tasklist posts one checklist
 *       of subjects per level ({@code ballotSheet_HTTNV}, ...; Tasklist 7.24 cannot submit form-js dynamic lists),
 *       a REST client may post the whole sheet; either way the values land in those local variables.</li>
 *   <li>{@link vn.partyreview.ballot.CastBallotListener}, on {@code complete}, reads and removes them in the same
 *       command. The engine flushes only at the end of a command; an entity created or changed and then deleted in
 *       one command is never updated in the database, so the runtime tables never hold a filled sheet.</li>
 *   <li>{@link vn.partyreview.ballot.SecretBallotHistoryLevel} is FULL (id 3, name "full") except that it produces no
 *       history event for those variable names (instance, detail, delete) and no form-property event for the ballot
 *       task, which submit-form writes for String values. The engine refuses to start at any other level that keeps
 *       variables ({@link vn.partyreview.ballot.BallotConfiguration}).</li>
 *   <li>The ballot box keeps no row per ballot: {@code ballot_count} has one row per session, subject and level,
 *       created at opening and incremented in place; {@code ballot_participation} holds only (session, voter). No
 *       column holds a time, sequence or generated id, so neither row order nor timestamps order the casts. On
 *       closing, the counts are rewritten in one transaction so PostgreSQL row versions no longer carry the id of
 *       the last cast's transaction.</li>
 *   <li>Refusal messages and logs never repeat a sheet's content. Results are readable only once the session is no
 *       longer open ({@link vn.partyreview.ballot.BallotTally}, 409 on the minutes endpoint).</li>
 * </ol>
 * What is kept: who has voted (participation, and the task history of who completed a ballot task) and the counts.
 * Limits: someone reading the database live while voting is open can diff the counts between two casts; PostgreSQL
 * keeps dead row versions until VACUUM. A REST client that sends extra variables of its own makes them visible.
 *
 * <h2>Integrity</h2>
 * Only the assignee, authenticated as themselves and on the roll as present, can cast; the primary key of
 * {@code ballot_participation}, inserted in the engine's transaction before the counts, stops a second ballot even
 * from two nodes at once; counts use {@code votes = votes + 1}; the voting subprocess is the multi-instance and the
 * ballot task is asyncAfter, so concurrent casts touch disjoint engine rows; all state is in the database.
 */
package vn.partyreview.ballot;
