/**
 * Careers: career profiles as data (loaded from content files into the database), the careers index,
 * the home page and the Get Started chooser. Depends on web only; trainings add to career pages through
 * {@link org.healthcareershub.careers.CareerHighlights}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Careers", allowedDependencies = "web")
package org.healthcareershub.careers;
