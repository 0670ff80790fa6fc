/**
 * Employers: organizations and their sites, setting types, verification state, and the directory search
 * (text, setting, career, region, distance) with profiles. Only verified employers are public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package org.healthcareershub.employers;
