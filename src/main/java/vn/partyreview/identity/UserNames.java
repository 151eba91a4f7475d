package vn.partyreview.identity;

import org.camunda.bpm.engine.identity.User;

/**
 * A user's name as officials write it. Users keep family and middle names in the first name field and the given
 * name in the last (see {@link IdentityProvisioning}), so that Camunda's webapps, which show "first last", read
 * "Nguyễn Văn An".
 */
public final class UserNames {

    private UserNames() {
    }

    public static String displayName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        String name = (first + " " + last).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
