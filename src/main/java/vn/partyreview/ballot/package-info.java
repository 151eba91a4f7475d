/**
 * Secret ballot (SPEC §6): the reusable model {@code secretBallot}, its ballot box, counting rule and minutes.
 * {@link vn.partyreview.ballot.SecretBallot} is the module's entry.
 *
 * <h2>Why nothing links a voter to a choice once the ballot is cast</h2>
 * <ol>
 *   <li>The choice travels only in variables named like {@value vn.partyreview.ballot.SecretBallot#SHEET}, which
 *       exist only inside the command that casts the ballot: Tasklist posts one row per subject, the level chosen for
 *       the n-th subject as {@code ballotSheet_n} (Tasklist 7.24 cannot submit form-js dynamic lists, so the form has
 *       a fixed number of rows, those beyond the session's subjects hidden), created by the completing command; a
 *       client of the Java API may set the whole sheet {@code ballotSheet} instead (a local variable prefilled blank
 *       by an input mapping). The sheet's layout ({@code ballotRowCount}, {@code ballotRowNames},
 *       {@code ballotRowLevels_n}: names and allowed levels, the same for every voter, held once on the session by
 *       {@link vn.partyreview.ballot.SheetLayout}) is not secret and deliberately not named like the sheet.</li>
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
 *   <li>Nothing of a filled sheet stays in the browser: Tasklist keeps a form's data in localStorage
 *       ({@code camunda-form:<taskId>}) on "Lưu" and when the session expires; the Tasklist script
 *       {@code scripts/ballot-privacy.js} refuses that write for any data holding a {@code ballotSheet} field,
 *       removes such entries left from before, and hides "Lưu" on a ballot.</li>
 *   <li>Refusal messages and logs never repeat a sheet's content: a sheet the voter would spoil (a row left blank,
 *       a level not allowed for that subject) is refused naming the row only, and nothing of it is stored. Results are readable only once the session is no
 *       longer open ({@link vn.partyreview.ballot.BallotTally}, 409 on the minutes endpoint).</li>
 * </ol>
 * Who votes: only full members; a probationary member is left off the roll and the denominator
 * ({@link vn.partyreview.ballot.VotingRights}), read from the member records. Voting closes at the caller's deadline,
 * never sooner than the minimum window after opening ({@link vn.partyreview.ballot.VotingWindow}).
 * <p>
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
