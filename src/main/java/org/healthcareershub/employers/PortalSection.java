package org.healthcareershub.employers;

/**
 * A part of the employer portal that another module offers (colleagues, openings): the portal's home at
 * /employer links to each bean of this type, in {@code @Order}, after the organization's own profile and
 * sites. Keys name messages; {@code href} is a path under /employer.
 */
public interface PortalSection {

    String titleKey();

    String descriptionKey();

    String href();
}
