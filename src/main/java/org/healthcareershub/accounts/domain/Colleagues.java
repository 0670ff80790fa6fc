package org.healthcareershub.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.accounts.AuditLog;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.Organization;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.web.EmailAddress;
import org.healthcareershub.web.LinkSecret;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an organization: its accounts, the invitations it sent, joining by an invitation's link
 * and removing a colleague. An invitation names an address; its link makes an account for a new person, or
 * joins an employer account that belongs to no organization (one removed earlier). An account that belongs to
 * another organization, or is a job seeker's, provider's or staff account, cannot join: an account acts for
 * one organization in one role, and turning a seeker's own account into an organization's would hand the
 * organization a person's job search. The invited address must then ask for an invitation to another
 * address. The inviter is told the same thing whatever the address, so invitations reveal no account.
 *
 * <p>An invitation speaks for its organization only while its inviter belongs to it and the organization is
 * not suspended: removing a colleague retires the invitations they sent, and joining checks both again, so a
 * removed person cannot let themselves back in by an invitation they sent to another address of theirs.
 *
 * <p>Nobody removes themselves here, so an organization always keeps at least one person. Joins and
 * removals are recorded in the audit log in the same transaction.
 */
@Service
public class Colleagues {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    /** Invitations one organization may send a day: enough for a team, too few for a mailing list. */
    public static final int INVITATIONS_PER_DAY = 20;

    /** A person of the organization; {@code you} marks the one asking. */
    public record Member(long accountId, String name, String email, boolean verified, boolean you) {}

    public record OpenInvitation(long id, String email, Instant expiresAt) {}

    /** What an invitation's link can do for the address it was sent to. */
    public enum Standing {
        /** No account has the address: the link makes one. */
        NEW_PERSON,
        /** An employer account of no organization: signed in, it joins. */
        CAN_JOIN,
        /** The account already belongs to the inviting organization. */
        ALREADY_MEMBER,
        /** An employer account of another organization. */
        OTHER_ORGANIZATION,
        /** A seeker's, provider's or staff account. */
        OTHER_ROLE,
        /**
         * The inviter no longer belongs to the organization, or the organization is suspended: the invitation
         * no longer speaks for it, so nobody joins by it.
         */
        WITHDRAWN
    }

    /** An invitation looked up by its link: whether the link works, and what it can do. */
    public record Invitation(OneTimeLinks.Outcome outcome, String email, String organization, Standing standing) {}

    /** Why an invitation was not sent; null key when it was. */
    public enum InviteProblem {
        ALREADY_MEMBER,
        TOO_MANY
    }

    public enum Removal {
        REMOVED,
        NOT_FOUND,
        YOURSELF
    }

    private final Accounts accounts;
    private final ColleagueInvitations invitations;
    private final EmployerRegistration employers;
    private final AccountMail mail;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Colleagues(
            Accounts accounts,
            ColleagueInvitations invitations,
            EmployerRegistration employers,
            AccountMail mail,
            AuditLog audit,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.employers = employers;
        this.mail = mail;
        this.audit = audit;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The organization's people, the one asking first, then by name. */
    @Transactional(readOnly = true)
    public List<Member> members(long employerId, long me) {
        return accounts.findByEmployerId(employerId).stream()
                .map(a -> new Member(a.getId(), a.getDisplayName(), a.getEmail(), a.isVerified(), a.getId() == me))
                .sorted(Comparator.comparing((Member m) -> !m.you())
                        .thenComparing(m -> m.name() == null ? "" : m.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OpenInvitation> openInvitations(long employerId) {
        return invitations.findOpen(employerId, clock.instant()).stream()
                .map(i -> new OpenInvitation(i.getId(), i.getEmail(), i.getExpiresAt()))
                .toList();
    }

    /**
     * Mails an invitation to {@code email} (already checked with {@link EmailAddress}) in the inviter's
     * language; a newer invitation to the same address replaces older ones. Empty when sent.
     */
    @Transactional
    public Optional<InviteProblem> invite(long employerId, long inviterId, String email, String language) {
        String address = Account.normalize(email);
        Organization organization = employers.find(employerId).orElseThrow();
        if (organization.state() == VerificationState.SUSPENDED) {
            throw new IllegalStateException("Employer " + employerId + " is suspended");
        }
        if (accounts.findByEmail(address)
                .filter(a -> Long.valueOf(employerId).equals(a.getEmployerId()))
                .isPresent()) {
            return Optional.of(InviteProblem.ALREADY_MEMBER);
        }
        Instant now = clock.instant();
        if (invitations.countSince(employerId, now.minus(Duration.ofDays(1))) >= INVITATIONS_PER_DAY) {
            return Optional.of(InviteProblem.TOO_MANY);
        }
        Account inviter = accounts.findById(inviterId).orElseThrow();
        invitations.retireOpen(employerId, address, now);
        String secret = LinkSecret.generate();
        ColleagueInvitation invitation = invitations.save(new ColleagueInvitation(
                employerId, address, inviterId, LinkSecret.hash(secret), now, now.plus(INVITATION_LIFETIME)));
        mail.send(
                address,
                language,
                "invitation",
                inviter.getDisplayName(),
                organization.name(),
                mail.link("/join", secret),
                INVITATION_LIFETIME.toDays());
        audit.record("employer.colleague.invited", subject(employerId), "invitation:" + invitation.getId());
        return Optional.empty();
    }

    /** Withdraws an open invitation of the organization; false for any other id. */
    @Transactional
    public boolean cancel(long employerId, long invitationId) {
        return invitations
                .findById(invitationId)
                .filter(i -> i.getEmployerId() == employerId && !i.isUsed())
                .map(i -> invitations.retireOpen(employerId, i.getEmail(), clock.instant()) > 0)
                .orElse(false);
    }

    /** Looks an invitation's link up without using it. */
    @Transactional(readOnly = true)
    public Invitation check(String secret) {
        Optional<ColleagueInvitation> found = find(secret);
        OneTimeLinks.Outcome outcome = outcome(found);
        if (outcome != OneTimeLinks.Outcome.VALID) {
            return new Invitation(outcome, null, null, null);
        }
        ColleagueInvitation invitation = found.orElseThrow();
        Optional<Organization> organization = employers.find(invitation.getEmployerId());
        Standing standing = speaksForOrganization(invitation, organization) ? standing(invitation) : Standing.WITHDRAWN;
        return new Invitation(
                outcome,
                invitation.getEmail(),
                organization.map(Organization::name).orElse(""),
                standing);
    }

    /**
     * A new person accepts: an EMPLOYER account of the organization, its address confirmed by the link
     * itself. Returns what the link could do; only {@link Standing#NEW_PERSON} with a VALID outcome made the
     * account (the password is already checked against the policy).
     */
    @Transactional
    public Invitation joinAsNewPerson(String secret, String name, String password, String language) {
        Invitation checked = check(secret);
        if (checked.outcome() != OneTimeLinks.Outcome.VALID || checked.standing() != Standing.NEW_PERSON) {
            return checked;
        }
        ColleagueInvitation invitation = find(secret).orElseThrow();
        if (invitations.use(invitation.getId(), clock.instant()) == 0) {
            return new Invitation(OneTimeLinks.Outcome.USED, null, null, null);
        }
        Account account = new Account(invitation.getEmail(), encoder.encode(password), Role.EMPLOYER, name, language);
        account.markVerified();
        account.joinEmployer(invitation.getEmployerId());
        accounts.saveAndFlush(account);
        joined(invitation, account);
        return checked;
    }

    /**
     * The signed-in account accepts: it joins when it is the invited address and an employer account of no
     * organization. Returns what the link could do; only {@link Standing#CAN_JOIN} with a VALID outcome
     * joined.
     */
    @Transactional
    public Invitation joinAsAccount(String secret, long accountId) {
        Invitation checked = check(secret);
        if (checked.outcome() != OneTimeLinks.Outcome.VALID || checked.standing() != Standing.CAN_JOIN) {
            return checked;
        }
        ColleagueInvitation invitation = find(secret).orElseThrow();
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.getEmail().equals(invitation.getEmail())) {
            throw new IllegalArgumentException("Account " + accountId + " is not the invited address");
        }
        if (invitations.use(invitation.getId(), clock.instant()) == 0) {
            return new Invitation(OneTimeLinks.Outcome.USED, null, null, null);
        }
        account.joinEmployer(invitation.getEmployerId());
        account.markVerified();
        joined(invitation, account);
        return checked;
    }

    /**
     * Takes a colleague's account out of the organization (it stays, belonging to none, and can be invited
     * back). The organization's contact address moves to the remover's if it was the removed person's.
     */
    @Transactional
    public Removal remove(long employerId, long me, long accountId) {
        if (me == accountId) {
            return Removal.YOURSELF;
        }
        Optional<Account> target = accounts.findById(accountId)
                .filter(a -> Long.valueOf(employerId).equals(a.getEmployerId()));
        if (target.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        Account removed = target.get();
        Account remover = accounts.findById(me).orElseThrow();
        removed.joinEmployer(null);
        invitations.retireSentBy(employerId, removed.getId(), clock.instant());
        employers.replaceContactEmail(employerId, removed.getEmail(), remover.getEmail());
        audit.record("employer.colleague.removed", subject(employerId), "account:" + removed.getId());
        String organization = employers.find(employerId).map(Organization::name).orElse("");
        mail.send(
                removed.getEmail(),
                removed.getPreferredLanguage(),
                "colleagueRemoved",
                removed.getDisplayName(),
                organization,
                mail.link("/employer", null));
        return Removal.REMOVED;
    }

    private void joined(ColleagueInvitation invitation, Account account) {
        audit.record(
                "employer.colleague.joined",
                subject(invitation.getEmployerId()),
                "account:" + account.getId() + " invitation:" + invitation.getId());
    }

    private boolean speaksForOrganization(ColleagueInvitation invitation, Optional<Organization> organization) {
        if (organization.isEmpty() || organization.get().state() == VerificationState.SUSPENDED) {
            return false;
        }
        return invitation.getInvitedBy() != null
                && accounts.findById(invitation.getInvitedBy())
                        .filter(a -> invitation.getEmployerId().equals(a.getEmployerId()))
                        .isPresent();
    }

    private Standing standing(ColleagueInvitation invitation) {
        Optional<Account> existing = accounts.findByEmail(invitation.getEmail());
        if (existing.isEmpty()) {
            return Standing.NEW_PERSON;
        }
        Account account = existing.get();
        if (account.getRole() != Role.EMPLOYER) {
            return Standing.OTHER_ROLE;
        }
        if (account.getEmployerId() == null) {
            return Standing.CAN_JOIN;
        }
        return account.getEmployerId().equals(invitation.getEmployerId())
                ? Standing.ALREADY_MEMBER
                : Standing.OTHER_ORGANIZATION;
    }

    private Optional<ColleagueInvitation> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(LinkSecret.hash(secret));
    }

    private OneTimeLinks.Outcome outcome(Optional<ColleagueInvitation> invitation) {
        if (invitation.isEmpty()) {
            return OneTimeLinks.Outcome.UNKNOWN;
        }
        if (invitation.get().isUsed()) {
            return OneTimeLinks.Outcome.USED;
        }
        return invitation.get().isExpired(clock.instant()) ? OneTimeLinks.Outcome.EXPIRED : OneTimeLinks.Outcome.VALID;
    }

    private static String subject(long employerId) {
        return "employer:" + employerId;
    }
}
