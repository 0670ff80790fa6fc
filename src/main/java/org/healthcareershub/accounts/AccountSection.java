package org.healthcareershub.accounts;

/**
 * A part of a person's account that another module offers (the talent module's visibility settings): the
 * account's home at /account links to each bean of this type, in {@code @Order}, among its own account
 * pages, when {@link #offeredTo(Role)} says the signed-in role has it. Keys name messages; {@code href} is a
 * path under /account. Accounts knows nothing else of the module, so the module may depend on accounts.
 */
public interface AccountSection {

    String titleKey();

    String descriptionKey();

    String href();

    /** Whether accounts of this role see the link; every role by default. */
    default boolean offeredTo(Role role) {
        return true;
    }
}
