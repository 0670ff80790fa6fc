package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingSearch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Every public page, form and API route, read from the application's handler mappings (so routes added
 * later are covered without touching this test), gets the whole {@link HostileCorpus}: in each of its
 * parameters, in unknown and duplicated parameters, and in its path variables. No answer may be a 5xx,
 * show a stack trace or exception text, reflect a value's markup unescaped, or hold a raw control or
 * text-direction character ({@link PlainText#shown}); a form that refuses its input keeps it and explains it,
 * and explains every field sent such a character. Staff, account and employer routes are covered by the authorization
 * matrix; their forms need a signed-in session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class HostileInputTests {

    static final String FLAGSHIP = "care-coordination-and-care-management";

    /** Enough parameters per request that each route takes the corpus in about 100 requests. */
    static final int VALUES_PER_REQUEST = 12;

    /** A tag, or a quote that closes an attribute and opens another: what escaping must neutralize. */
    static final Pattern MARKUP = Pattern.compile("<[A-Za-z!/?]|[\"'][^\"'<>]*\\b[a-z]+\\s*=");

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^{}]*(?:\\{[^{}]*}[^{}]*)*)?}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TrainingCatalog trainings;

    @Autowired
    EmployerDirectory employers;

    @Autowired
    JobBoard jobs;

    record Route(HttpMethod method, String pattern, List<String> parameters) {}

    final List<String> corpus = HostileCorpus.values();
    final List<String> failures = new ArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger addresses = new AtomicInteger();
    String employerSlug;
    String trainingId;
    String jobId;

    @Test
    void everyPublicRouteSurvivesTheCorpus() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1_000);
        List<Route> routes = publicRoutes();
        assertThat(routes)
                .extracting(Route::pattern)
                .contains("/trainings", "/employers", "/sign-up", "/api/v1/trainings");
        for (Route route : routes) {
            sendInParameters(route);
            if (route.pattern().contains("{")) {
                sendInPathVariables(route);
            }
        }
        // Spring Security's sign-in form is not a handler method; it takes the corpus too.
        sendInParameters(new Route(HttpMethod.POST, "/sign-in", List.of("email", "password")));
        System.out.printf(
                "Hostile-input suite: %d requests to %d routes with %d values, %d failures%n",
                requests.get(), routes.size() + 1, corpus.size(), failures.size());
        assertThat(failures).as("answers that failed a check (first 25 shown)").isEmpty();
    }

    List<Route> publicRoutes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!isPublic(pattern)) {
                    continue;
                }
                List<String> parameters = parameterNames(entry.getValue());
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        Route route = new Route(HttpMethod.valueOf(method.name()), pattern, parameters);
                        routes.merge(
                                method + " " + pattern,
                                route,
                                (a, b) -> new Route(a.method(), a.pattern(), union(a.parameters(), b.parameters())));
                    }
                }
            }
        }
        return new ArrayList<>(routes.values());
    }

    static boolean isPublic(String pattern) {
        return !(pattern.equals("/admin")
                || pattern.startsWith("/admin/")
                || pattern.equals("/account")
                || pattern.startsWith("/account/")
                || pattern.equals("/employer")
                || pattern.startsWith("/employer/")
                || pattern.startsWith("/error"));
    }

    /** Request parameters and the components of form records, plus the language switch and paging. */
    static List<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            if (requestParam != null) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                if (name != null) {
                    names.add(name);
                }
            } else if (parameter.getParameterType().isRecord()
                    && parameter.getParameterType().getPackageName().startsWith("org.healthcareershub")) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        names.add("lang");
        names.add("page");
        return new ArrayList<>(names);
    }

    static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** The route's path with good values in its variables. */
    String goodPath(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(goodValue(pattern, m.group(1))));
        }
        m.appendTail(path);
        return path.toString();
    }

    String goodValue(String pattern, String variable) {
        if (pattern.contains("employers")) {
            if (employerSlug == null) {
                employerSlug = employers
                        .search(new EmployerSearch(null, null, null, null, null, 25, 1, 1))
                        .hits()
                        .get(0)
                        .slug();
            }
            return employerSlug;
        }
        if (pattern.startsWith("/jobs/{") || pattern.startsWith("/api/v1/jobs/{")) {
            if (jobId == null) {
                jobId = String.valueOf(jobs.openIds().get(0));
            }
            return jobId;
        }
        if (pattern.contains("trainings")) {
            if (trainingId == null) {
                trainingId = String.valueOf(
                        trainings.search(TrainingSearch.all()).hits().get(0).id());
            }
            return trainingId;
        }
        return FLAGSHIP;
    }

    void sendInParameters(Route route) {
        String path = goodPath(route.pattern());
        List<String> names = new ArrayList<>(route.parameters());
        for (int extra = 0; names.size() < VALUES_PER_REQUEST; extra++) {
            names.add("x" + extra);
        }
        for (int start = 0; start < corpus.size(); start += names.size()) {
            Map<String, String> sent = new LinkedHashMap<>();
            for (int j = 0; j < names.size(); j++) {
                sent.put(names.get(j), corpus.get((start + j) % corpus.size()));
            }
            String duplicate = corpus.get((start + names.size()) % corpus.size());
            send(route.method(), URI.create(path), sent, names.get(0), duplicate);
        }
    }

    void sendInPathVariables(Route route) {
        for (String value : corpus) {
            Matcher m = VARIABLE.matcher(route.pattern());
            StringBuilder path = new StringBuilder();
            boolean first = true;
            while (m.find()) {
                String replacement = first
                        ? UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)
                        : goodValue(route.pattern(), m.group(1));
                m.appendReplacement(path, Matcher.quoteReplacement(replacement));
                first = false;
            }
            m.appendTail(path);
            send(route.method(), URI.create(path.toString()), Map.of(), null, null);
        }
    }

    void send(HttpMethod method, URI uri, Map<String, String> parameters, String duplicateName, String duplicate) {
        requests.incrementAndGet();
        int address = addresses.incrementAndGet();
        MockHttpServletResponse response;
        try {
            var request = (method == HttpMethod.POST ? mvc.post() : mvc.get())
                    .uri(uri)
                    .with(csrf())
                    .with(r -> {
                        // a fresh client address each time, so the sign-up and sign-in limits let the input through
                        r.setRemoteAddr("10.77." + (address / 250 % 250) + "." + (address % 250 + 1));
                        return r;
                    })
                    .header("Accept", "text/html,application/json;q=0.9");
            parameters.forEach(request::param);
            if (duplicateName != null) {
                request.param(duplicateName, duplicate);
            }
            response = request.exchange().getResponse();
        } catch (Exception | AssertionError e) {
            fail(method, uri, "threw " + e.getClass().getSimpleName());
            return;
        }
        check(method, uri, parameters, duplicateName, response);
    }

    void check(
            HttpMethod method,
            URI uri,
            Map<String, String> parameters,
            String duplicateName,
            MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 500) {
            fail(method, uri, "answered " + status);
        }
        String body;
        try {
            body = response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        for (String leak : List.of("Exception", "\tat ", "at org.", "at java.", "Whitelabel", "Caused by")) {
            if (body.contains(leak)) {
                fail(method, uri, "shows \"" + leak + "\"");
            }
        }
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        if (!PlainText.shown(body).equals(body)) {
            fail(method, uri, "shows a raw control or text-direction character");
        }
        for (String value : parameters.values()) {
            if (value.length() <= 2_000 && MARKUP.matcher(value).find() && body.contains(value)) {
                fail(method, uri, "reflects unescaped markup " + abbreviate(value));
            }
        }
        if (method == HttpMethod.POST && status == 422) {
            Map<String, String> single = new LinkedHashMap<>(parameters);
            // a duplicated parameter binds as both values joined, which is what the page then shows
            single.remove(duplicateName);
            checkKeptAndExplained(method, uri, single, Jsoup.parse(body));
        }
    }

    void checkKeptAndExplained(HttpMethod method, URI uri, Map<String, String> parameters, Document page) {
        if (page.selectFirst("#error-summary, .error-summary") == null) {
            fail(method, uri, "refused the input without an error summary");
        }
        for (Map.Entry<String, String> field : parameters.entrySet()) {
            Element input = page.selectFirst("input[name=" + field.getKey() + "]:not([type=password], [type=hidden],"
                    + " [type=checkbox], [type=radio]), textarea[name=" + field.getKey() + "]");
            String sent = field.getValue();
            if (input == null) {
                continue;
            }
            boolean explained = page.getElementById(input.id() + "-error") != null;
            if (!explained && PlainText.problem(sent, PlainText.Kind.MULTI_LINE).isPresent()) {
                fail(method, uri, "took a control or text-direction character in " + field.getKey() + " unexplained");
            }
            if (sent.length() > 200 || !sent.codePoints().allMatch(HostileInputTests::printable)) {
                continue;
            }
            String shown = input.is("textarea") ? input.wholeText() : input.val();
            if (!shown.equals(sent) && !shown.equals(sent.strip()) && !explained) {
                fail(
                        method,
                        uri,
                        "lost the input of " + field.getKey() + ": " + abbreviate(sent) + " (shown: "
                                + abbreviate(shown) + ")");
            }
        }
    }

    static boolean printable(int codePoint) {
        return !Character.isISOControl(codePoint)
                && Character.getType(codePoint) != Character.FORMAT
                && codePoint != 0x2028
                && codePoint != 0x2029;
    }

    void fail(HttpMethod method, URI uri, String what) {
        if (failures.size() < 25) {
            failures.add(method + " " + abbreviate(uri.toString()) + " " + what);
        } else if (failures.size() == 25) {
            failures.add("...");
        }
    }

    static String abbreviate(String value) {
        String escaped = value.codePoints()
                .mapToObj(c -> c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
                        ? String.format("\\u%04x", c)
                        : Character.toString(c))
                .reduce("", String::concat);
        return escaped.length() > 80 ? escaped.substring(0, 80) + "…" : escaped;
    }
}
