/**
 * Careers: career profiles as data (loaded from content files into the database), the careers index,
 * the home page and the Get Started chooser, and pay by region from BLS OEWS wage tables. Depends on geo (areas
 * and regions) and web; trainings add to career pages through
 * {@link org.healthcareershub.careers.CareerHighlights}. Its pages are served from memory; whoever changes what
 * they show publishes {@link org.healthcareershub.careers.CareerPagesChanged}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Careers",
        allowedDependencies = {"geo", "web"})
package org.healthcareershub.careers;
