/**
 * Careers: career profiles as data (loaded from content files into the database), the careers index,
 * the home page and the Get Started chooser.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Careers")
package org.healthcareershub.careers;
