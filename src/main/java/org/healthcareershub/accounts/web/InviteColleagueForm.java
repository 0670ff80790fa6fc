package org.healthcareershub.accounts.web;

/** The address of a colleague to invite to the organization. */
record InviteColleagueForm(String email) {

    static final InviteColleagueForm EMPTY = new InviteColleagueForm("");
}
