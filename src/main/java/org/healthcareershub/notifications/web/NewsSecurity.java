package org.healthcareershub.notifications.web;

import org.healthcareershub.web.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe of a mailing (RFC 8058): a mail program POSTs {@code List-Unsubscribe=One-Click}
 * to the address in the List-Unsubscribe header, with no session and so no CSRF token. Only that POST is
 * exempt from the CSRF check; all it can do is end the subscription its token names, and it answers the
 * same for any token.
 */
@Component
class NewsSecurity implements SecurityRules {

    static final String ONE_CLICK = "/news/unsubscribe/{token}";

    @Override
    public void apply(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK)));
    }
}
