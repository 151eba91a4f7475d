package vn.partyreview.ballot;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A cast or an opening the ballot box refuses; the message is shown to the user as is, so it is Vietnamese and
 * never names a choice. A bad user request: the REST API answers 400 and the transaction rolls back.
 */
public class BallotRefusedException extends BadUserRequestException {

    public BallotRefusedException(String message) {
        super(message);
    }
}
