package org.healthcareershub.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets a module add to the one security filter chain (sign-in handlers, filters) without web knowing the
 * module. Applied after web's own rules: paths, form sign-in, sign-out and headers.
 */
public interface SecurityRules {

    void apply(HttpSecurity http) throws Exception;
}
