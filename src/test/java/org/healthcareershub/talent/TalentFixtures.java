package org.healthcareershub.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.jobs.TestPostings;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seekers with profiles and organizations with one site, for the talent tests, and the removal of all of them
 * (and of what talent kept about them) when a test is over (call {@link #removeAll()} after each): the
 * test contexts share one database. Lazy, so that the talent module started alone (whose scan finds it) does
 * not need the accounts beans it uses.
 */
@Component
@Lazy
public class TalentFixtures {

    public static final String CARE = "care-coordination-and-care-management";
    public static final String CHW = "community-health-worker";

    private final TestAccounts accounts;
    private final Accounts accountRows;
    private final ProfileSettings profiles;
    private final JdbcTemplate jdbc;
    private final List<Long> seekers = new ArrayList<>();
    private final List<Long> organizations = new ArrayList<>();
    private final List<Long> people = new ArrayList<>();

    TalentFixtures(Accounts accounts, PasswordEncoder encoder, ProfileSettings profiles, JdbcTemplate jdbc) {
        this.accounts = new TestAccounts(accounts, encoder);
        this.accountRows = accounts;
        this.profiles = profiles;
        this.jdbc = jdbc;
    }

    /** A verified seeker in Albany (12207) with a full profile. */
    public Account seeker(String name) {
        return seeker(name, "12207", EducationLevel.ASSOCIATE, Set.of(License.LPN), 4, Set.of(CARE));
    }

    public Account seeker(
            String name,
            String zip,
            EducationLevel education,
            Set<License> licenses,
            Integer years,
            Set<String> careers) {
        Account account = accounts.create(Role.SEEKER, name, true, null, "en");
        seekers.add(account.getId());
        profiles.save(
                account.getId(), new ProfileSettings.Profile(name, zip, education, licenses, years, careers, "en"));
        return account;
    }

    /** An organization in the Capital Region with one site in Albany. */
    public TestPostings.Org albany(String state) {
        return organization(state, "12207", 42.6526, -73.7562);
    }

    /** An organization with one site in Buffalo (Western New York), about 260 miles from Albany. */
    TestPostings.Org buffalo() {
        TestPostings.Org org = organization("VERIFIED", "14202", 42.8864, -78.8784);
        jdbc.update("update employer_site set region = 'Western New York', county = 'Erie' where id = ?", org.siteId());
        return org;
    }

    TestPostings.Org organization(String state, String zip, double lat, double lon) {
        TestPostings.Org org = TestPostings.organization(jdbc, state, zip, lat, lon);
        organizations.add(org.id());
        for (String career : List.of(CARE, CHW)) {
            jdbc.update("insert into employer_career (employer_id, career_slug) values (?, ?)", org.id(), career);
        }
        return org;
    }

    /** An EMPLOYER account of the organization. */
    public Account member(TestPostings.Org org) {
        Account account = accounts.create(Role.EMPLOYER, "Talent Recruiter", true, org.id(), "en");
        people.add(account.getId());
        return account;
    }

    public void removeAll() {
        for (long id : seekers) {
            jdbc.update("delete from talent_access where seeker_id = ?", id);
            jdbc.update("delete from talent_message where seeker_id = ?", id);
            jdbc.update("delete from talent_block where seeker_id = ?", id);
            jdbc.update("delete from talent_inbox_setting where seeker_id = ?", id);
            jdbc.update("delete from talent_visibility where seeker_id = ?", id);
        }
        for (long id : organizations) {
            jdbc.update("delete from talent_access where employer_id = ?", id);
        }
        List<Long> all = new ArrayList<>(seekers);
        all.addAll(people);
        accountRows.deleteAllById(all);
        for (long id : organizations) {
            jdbc.update("delete from employer where id = ?", id);
        }
        seekers.clear();
        people.clear();
        organizations.clear();
    }
}
