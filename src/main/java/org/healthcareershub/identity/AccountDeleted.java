package org.healthcareershub.identity;

/**
 * An account was deleted at its owner's request. Accounts publishes it inside the deleting transaction, and
 * modules that keep copies of the person's data remove them with a plain {@code @EventListener}: in the same
 * transaction, so a listener that fails rolls the whole deletion back and nothing is half forgotten.
 *
 * @param accountId the deleted account's id
 * @param email its address
 * @param emailConfirmed whether the address was confirmed; an unconfirmed one may belong to someone else, whose
 *     data is not this account's to remove
 * @param employerId the organization an employer account belonged to, or null
 * @param colleagueEmail a confirmed address of another account of that organization, to take over what went
 *     to the deleted one, or null
 */
public record AccountDeleted(
        long accountId, String email, boolean emailConfirmed, Long employerId, String colleagueEmail) {

    /** Names the account only: logs carry ids, never addresses. */
    @Override
    public String toString() {
        return "AccountDeleted[accountId=" + accountId + "]";
    }
}
