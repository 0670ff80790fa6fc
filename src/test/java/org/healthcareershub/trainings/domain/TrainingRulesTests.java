package org.healthcareershub.trainings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Location;
import org.healthcareershub.geo.Place;
import org.healthcareershub.trainings.Cost;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingRulesTests {

    static final String CAREER = "care-coordination-and-care-management";
    static final GeoPoint ALBANY = new GeoPoint(42.6526, -73.7562);
    static final Place ZIP_12207 = new Place("12207", "Albany", "Albany", "NY", ALBANY, "Capital Region", false);

    final TrainingRules rules =
            new TrainingRules(zip -> zip.equals("12207") ? Optional.of(ZIP_12207) : Optional.empty(), Set.of(CAREER));

    /** A program every rule accepts. */
    static Map<String, Object> good() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("externalId", "good-program");
        fields.put("title", "Care Coordination Certificate");
        fields.put("provider", "Example College");
        fields.put("credentialType", "CERTIFICATE");
        fields.put("deliveryMode", "IN_PERSON");
        fields.put("street", "1 Example Street");
        fields.put("zip", "12207");
        fields.put("status", "PUBLISHED");
        return fields;
    }

    static TrainingInput input(Map<String, Object> fields) {
        RecordComponent[] components = TrainingInput.class.getRecordComponents();
        try {
            return TrainingInput.class
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(Arrays.stream(components)
                            .map(c -> fields.get(c.getName()))
                            .toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    TrainingRules.Result checkWith(String field, Object value) {
        Map<String, Object> fields = good();
        fields.put(field, value);
        return rules.check(input(fields));
    }

    TrainingDetails acceptedWith(String field, Object value) {
        TrainingRules.Result result = checkWith(field, value);
        assertThat(result.errors().asMap()).isEmpty();
        return result.entry().details();
    }

    FieldErrors.Problem rejectedWith(String field, Object value) {
        TrainingRules.Result result = checkWith(field, value);
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors().asMap()).containsOnlyKeys(field);
        return result.errors().get(field);
    }

    @Test
    void textIsOneLineButTheDescriptionPrerequisitesAndListsWhoseLineBreaksAreWrittenAsLf() {
        assertThat(rejectedWith("title", "Care\nCoordination").key()).isEqualTo(PlainText.LINE_BREAK);
        assertThat(rejectedWith("provider", "Example\u0000College").key()).isEqualTo(PlainText.UNUSABLE);
        assertThat(rejectedWith("description", "Learn \u202Eevil").key()).isEqualTo(PlainText.UNUSABLE);
        assertThat(rejectedWith("careers", List.of("care\u0007")).key()).isEqualTo(PlainText.UNUSABLE);

        assertThat(acceptedWith("description", "First line\r\nsecond\tline\rthird")
                        .description())
                .isEqualTo("First line\nsecond line\nthird");
        assertThat(acceptedWith("prerequisites", "A diploma\r\nA background check")
                        .prerequisites())
                .isEqualTo("A diploma\nA background check");
        assertThat(acceptedWith("jobTitles", "Care Coordinator\r\nCare Manager").jobTitles())
                .containsExactly("Care Coordinator", "Care Manager");
    }

    @Test
    void acceptsAGoodProgramPlacedByItsZipCode() {
        TrainingRules.Result result = rules.check(input(good()));

        assertThat(result.isValid()).isTrue();
        assertThat(result.entry().externalId()).isEqualTo("good-program");
        assertThat(result.entry().provider()).isEqualTo("Example College");
        TrainingDetails details = result.entry().details();
        assertThat(details.credentialType()).isEqualTo(CredentialType.CERTIFICATE);
        assertThat(details.location())
                .isEqualTo(new Location("1 Example Street", "Albany", "NY", "12207", "Capital Region", ALBANY));
        assertThat(details.cost()).isEqualTo(Cost.UNKNOWN);
        assertThat(details.status()).isEqualTo(TrainingStatus.PUBLISHED);
    }

    @Test
    void aStoredProgramWrittenBackAsInputReadsAsTheSameProgram() {
        Map<String, Object> fields = good();
        fields.put("description", "Evenings, with a practicum.");
        fields.put("lengthHours", "96");
        fields.put("cost", "1,250.50");
        fields.put("schedules", List.of("WEEKENDS", "EVENINGS"));
        fields.put("startDates", "2027-09-07|2027-01-12");
        fields.put("funding", List.of("WIOA"));
        fields.put("careers", List.of(CAREER));
        fields.put("jobTitles", "Care Coordinator, Senior\nNavigator");
        fields.put("featured", "yes");
        TrainingRules.Entry stored = rules.check(input(fields)).entry();

        TrainingInput written =
                TrainingInput.of(stored.externalId(), stored.provider(), stored.providerUrl(), stored.details());

        assertThat(rules.check(written).entry()).isEqualTo(stored);
    }

    @Test
    void notesEveryBadFieldNotOnlyTheFirst() {
        Map<String, Object> fields = good();
        fields.put("title", " ");
        fields.put("lengthWeeks", "many");
        fields.put("cost", "cheap");
        TrainingRules.Result result = rules.check(input(fields));

        assertThat(result.entry()).isNull();
        assertThat(result.errors().asMap()).containsOnlyKeys("title", "lengthWeeks", "cost");
        assertThat(result.errors().get("title").key()).isEqualTo(TrainingRules.REQUIRED);
    }

    @ParameterizedTest
    @CsvSource({"lengthHours, 10000", "lengthWeeks, 520"})
    void aLengthIsAWholeNumberFromOneToItsLimit(String field, int max) {
        assertThat(acceptedWith(field, "1")).isNotNull();
        assertThat(acceptedWith(field, String.valueOf(max))).isNotNull();
        for (String outside : List.of("0", "-1", String.valueOf(max + 1))) {
            FieldErrors.Problem problem = rejectedWith(field, outside);
            assertThat(problem.key()).isEqualTo(TrainingRules.RANGE);
            assertThat(problem.args()).containsExactly(1, max);
        }
        assertThat(rejectedWith(field, "12.5").key()).isEqualTo(TrainingRules.WHOLE_NUMBER);
        assertThat(rejectedWith(field, "many").key()).isEqualTo(TrainingRules.WHOLE_NUMBER);
    }

    @Test
    void theLimitsAreTheOnesTheRulesSay() {
        assertThat(TrainingRules.MAX_HOURS).isEqualTo(10_000);
        assertThat(TrainingRules.MAX_WEEKS).isEqualTo(520);
        assertThat(TrainingRules.MAX_COST).isEqualByComparingTo("1000000");
        assertThat(acceptedWith("lengthHours", " 96 ").lengthHours()).isEqualTo(96);
    }

    @Test
    void aCostIsFreeUnknownOrAnAmountUpToAMillionDollars() {
        assertThat(acceptedWith("cost", "1000000").cost().amount()).isEqualByComparingTo("1000000");
        assertThat(acceptedWith("cost", "$1,250").cost().amount()).isEqualByComparingTo("1250");
        assertThat(acceptedWith("cost", "free").cost()).isEqualTo(Cost.FREE);
        assertThat(acceptedWith("cost", "0").cost()).isEqualTo(Cost.FREE);
        assertThat(acceptedWith("cost", "").cost()).isEqualTo(Cost.UNKNOWN);
        assertThat(acceptedWith("cost", "unknown").cost()).isEqualTo(Cost.UNKNOWN);

        FieldErrors.Problem tooHigh = rejectedWith("cost", "1000000.01");
        assertThat(tooHigh.key()).isEqualTo(TrainingRules.COST_TOO_HIGH);
        assertThat(tooHigh.args()).containsExactly(new BigDecimal("1000000"));
        assertThat(rejectedWith("cost", "-5").key()).isEqualTo(TrainingRules.COST);
        assertThat(rejectedWith("cost", "cheap").key()).isEqualTo(TrainingRules.COST);
    }

    @ParameterizedTest
    @CsvSource({
        "title, 300",
        "provider, 300",
        "description, 4000",
        "street, 300",
        "city, 120",
        "prerequisites, 2000",
        "jobTitles, 2000",
        "startDates, 1000"
    })
    void textIsCutOffAtItsColumnsSize(String field, int max) {
        // single-line fields take no line breaks (PlainText); the others are split into lines
        String longest = field.equals("startDates")
                ? dates(max)
                : words(max, Set.of("title", "provider", "street", "city").contains(field) ? ' ' : '\n');
        assertThat(checkWith(field, longest).errors().has(field)).isFalse();

        FieldErrors.Problem problem = rejectedWith(field, longest + "x");
        assertThat(problem.key()).isEqualTo(TrainingRules.TOO_LONG);
        assertThat(problem.args()).containsExactly(max);
    }

    /** Text of exactly {@code length} characters, in parts short enough to be list items between breaks. */
    static String words(int length, char separator) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(text.length() % 100 == 50 ? separator : 'a');
        }
        return text.toString();
    }

    /** Start dates one per line, padded with line breaks to exactly {@code length} characters. */
    static String dates(int length) {
        StringBuilder text = new StringBuilder("2027-01-12");
        while (text.length() < length) {
            text.append('\n');
        }
        return text.toString();
    }

    @Test
    void titleAndProviderAreRequired() {
        assertThat(rejectedWith("title", null).key()).isEqualTo(TrainingRules.REQUIRED);
        assertThat(rejectedWith("provider", "  ").key()).isEqualTo(TrainingRules.REQUIRED);
        assertThat(acceptedWith("title", "  Padded  ").title()).isEqualTo("Padded");
    }

    @Test
    void anImportKeyIsLowercaseLettersDigitsAndDashesUpTo120() {
        String longest = "a".repeat(120);
        assertThat(checkWith("externalId", longest).entry().externalId()).isEqualTo(longest);
        assertThat(checkWith("externalId", null).entry().externalId()).isNull();
        assertThat(rejectedWith("externalId", longest + "a").key()).isEqualTo(TrainingRules.EXTERNAL_ID);
        assertThat(rejectedWith("externalId", "Bad Key").key()).isEqualTo(TrainingRules.EXTERNAL_ID);
        assertThat(rejectedWith("externalId", "-leading-dash").key()).isEqualTo(TrainingRules.EXTERNAL_ID);
    }

    @Test
    void webAddressesStartWithHttpOrHttps() {
        assertThat(acceptedWith("url", "https://example.org/program").url()).isEqualTo("https://example.org/program");
        assertThat(rejectedWith("url", "ftp://example.org").key()).isEqualTo(TrainingRules.URL);
        assertThat(rejectedWith("providerUrl", "example.org").key()).isEqualTo(TrainingRules.URL);
    }

    @Test
    void choicesTakeAnyCaseAndSpacesAndSayWhatWasNotAChoice() {
        assertThat(acceptedWith("deliveryMode", "hybrid").deliveryMode()).isEqualTo(DeliveryMode.HYBRID);
        assertThat(acceptedWith("deliveryMode", "in person").deliveryMode()).isEqualTo(DeliveryMode.IN_PERSON);
        assertThat(rejectedWith("credentialType", "").key()).isEqualTo(TrainingRules.CHOOSE);
        FieldErrors.Problem rocket = rejectedWith("credentialType", "rocket");
        assertThat(rocket.key()).isEqualTo(TrainingRules.NOT_A_CHOICE);
        assertThat(rocket.args()).containsExactly("rocket");

        assertThat(acceptedWith("schedules", List.of("evenings", "WEEKENDS")).schedules())
                .containsExactlyInAnyOrder(Schedule.EVENINGS, Schedule.WEEKENDS);
        assertThat(rejectedWith("funding", List.of("WIOA", "LOTTERY")).args()).containsExactly("LOTTERY");
        assertThat(acceptedWith("funding", List.of("WIOA")).funding()).containsExactly(FundingOption.WIOA);
    }

    @Test
    void aProgramWithoutAStatusIsPublished() {
        assertThat(acceptedWith("status", null).status()).isEqualTo(TrainingStatus.PUBLISHED);
        assertThat(acceptedWith("status", "draft").status()).isEqualTo(TrainingStatus.DRAFT);
        assertThat(rejectedWith("status", "LIVE").key()).isEqualTo(TrainingRules.NOT_A_CHOICE);
    }

    @Test
    void flagsAreYesOrNoInAFewSpellings() {
        for (String yes : List.of("true", "yes", "1", "TRUE")) {
            assertThat(acceptedWith("featured", yes).featured()).isTrue();
        }
        for (String no : List.of("false", "no", "0", "")) {
            assertThat(acceptedWith("sample", no).sample()).isFalse();
        }
        assertThat(rejectedWith("featured", "maybe").key()).isEqualTo(TrainingRules.NOT_A_CHOICE);
    }

    @Test
    void inPersonAndHybridProgramsNeedAKnownZipCode() {
        assertThat(rejectedWith("zip", null).key()).isEqualTo(TrainingRules.ZIP_REQUIRED);
        assertThat(rejectedWith("zip", "1220").key()).isEqualTo(TrainingRules.ZIP);
        assertThat(rejectedWith("zip", "12207-1234").key()).isEqualTo(TrainingRules.ZIP);
        FieldErrors.Problem unknown = rejectedWith("zip", "00000");
        assertThat(unknown.key()).isEqualTo(TrainingRules.ZIP_UNKNOWN);
        assertThat(unknown.args()).containsExactly("00000");
    }

    @Test
    void theZipCodeGivesTheStateAndAStateThatDisagreesIsAProblem() {
        assertThat(acceptedWith("state", "ny").location().state()).isEqualTo("NY");
        FieldErrors.Problem problem = rejectedWith("state", "NJ");
        assertThat(problem.key()).isEqualTo(TrainingRules.STATE_NOT_ZIPS);
        assertThat(problem.args()).containsExactly("12207", "NY");
    }

    @Test
    void aCityWrittenByStaffWinsOverTheZipCodesCity() {
        assertThat(acceptedWith("city", "Menands").location().city()).isEqualTo("Menands");
    }

    @Test
    void anOnlineProgramHasNoPlaceWhateverAddressWasWritten() {
        Map<String, Object> fields = good();
        fields.put("deliveryMode", "ONLINE");
        fields.put("zip", "00000");
        TrainingDetails details = rules.check(input(fields)).entry().details();

        assertThat(details.location()).isNull();
        fields.put("zip", null);
        assertThat(rules.check(input(fields)).entry().details().location()).isNull();
    }

    @Test
    void listsSplitOnLineBreaksAndBarsButNotCommas() {
        assertThat(TrainingRules.items("Care Coordinator, Senior|Case Manager\r\n\n  Navigator  \n|"))
                .containsExactly("Care Coordinator, Senior", "Case Manager", "Navigator");
        assertThat(TrainingRules.items("a|b\na")).containsExactly("a", "b");
        assertThat(TrainingRules.items(null)).isEmpty();
        assertThat(TrainingRules.items(" | \n")).isEmpty();
    }

    @Test
    void jobTitlesAndStartDatesAreListsByTheSameRule() {
        TrainingDetails details = acceptedWith("jobTitles", "Care Coordinator, Senior\nCase Manager|Navigator");
        assertThat(details.jobTitles()).containsExactly("Care Coordinator, Senior", "Case Manager", "Navigator");
        assertThat(acceptedWith("startDates", "2027-09-07|2027-01-12\n2027-09-07")
                        .startDates())
                .containsExactly(LocalDate.of(2027, 9, 7), LocalDate.of(2027, 1, 12));
        assertThat(rejectedWith("startDates", "2027-01-12\nJanuary").key()).isEqualTo(TrainingRules.DATE);
    }

    @Test
    void eachJobTitleFitsItsColumn() {
        assertThat(acceptedWith("jobTitles", "a".repeat(200)).jobTitles()).containsExactly("a".repeat(200));
        FieldErrors.Problem problem = rejectedWith("jobTitles", "Navigator\n" + "a".repeat(201));
        assertThat(problem.key()).isEqualTo(TrainingRules.ITEM_TOO_LONG);
        assertThat(problem.args()).containsExactly(200);
    }

    @Test
    void careersAreOnesTheCatalogKnows() {
        assertThat(acceptedWith("careers", List.of(CAREER)).careers()).containsExactly(CAREER);
        FieldErrors.Problem problem = rejectedWith("careers", List.of(CAREER, "astronaut"));
        assertThat(problem.key()).isEqualTo(TrainingRules.UNKNOWN_CAREER);
        assertThat(problem.args()).containsExactly("astronaut");
    }
}
