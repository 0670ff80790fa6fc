package org.healthcareershub.accounts.web;

import org.healthcareershub.web.PlainText;

/** A new person accepting an invitation: the link's secret, their name and a password. */
record JoinOrganizationForm(
        String token, String name, @PlainText.Password String password) {}
