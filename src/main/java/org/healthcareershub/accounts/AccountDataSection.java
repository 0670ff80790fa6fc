package org.healthcareershub.accounts;

/**
 * A part of "Download my data" that another module stores about an account (the talent module's visibility,
 * access log and messages): the export adds each bean of this type, in {@code @Order}, after its own parts,
 * under {@link #name()}. Accounts knows nothing else of the module, so the module may depend on accounts.
 */
public interface AccountDataSection {

    /** The key of this part in the export's JSON object; not one of the export's own keys. */
    String name();

    /**
     * Everything the module stores about the account, JSON-ready (maps in a fixed order, lists, strings,
     * numbers, booleans, null; instants as ISO-8601 text), with nobody else's personal data in it.
     */
    Object export(long accountId);
}
