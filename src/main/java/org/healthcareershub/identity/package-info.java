/**
 * Identity: what any module may know about the people who use the portal without depending on accounts,
 * which implements it: the authority a confirmed email address carries ({@link
 * org.healthcareershub.identity.EmailVerification}), which organization a signed-in employer acts for
 * ({@link org.healthcareershub.identity.OrganizationMember}) and the events accounts publishes ({@link
 * org.healthcareershub.identity.AccountDeleted}). Holds no beans and depends on no other module, so accounts
 * can depend on employers while employers still hears of deleted accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity (shared contract)",
        allowedDependencies = {})
package org.healthcareershub.identity;
