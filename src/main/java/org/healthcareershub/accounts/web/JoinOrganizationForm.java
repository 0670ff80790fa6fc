package org.healthcareershub.accounts.web;

/** A new person accepting an invitation: the link's secret, their name and a password. */
record JoinOrganizationForm(String token, String name, String password) {}
