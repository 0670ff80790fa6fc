/**
 * Trainings: programs and their providers, the catalog search (full text, facets, distance), featured
 * trainings, the training guide, staff management and CSV import, and the JSON and CTDL exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trainings")
package org.healthcareershub.trainings;
