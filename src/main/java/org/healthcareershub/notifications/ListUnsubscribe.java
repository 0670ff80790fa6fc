package org.healthcareershub.notifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The unsubscribe of a mailing (RFC 2369 and RFC 8058): an address that unsubscribes the recipient with one
 * {@code POST} (no sign-in, no form token; the body {@code List-Unsubscribe=One-Click}), and optionally a
 * {@code mailto:} address. A message sent with it through {@link Mailer#send(String, String, String,
 * ListUnsubscribe)} carries
 *
 * <pre>
 * List-Unsubscribe: &lt;https://example.org/news/unsubscribe/TOKEN&gt;, &lt;mailto:leave@example.org&gt;
 * List-Unsubscribe-Post: List-Unsubscribe=One-Click
 * </pre>
 *
 * <p>The address is checked here, so nothing can add a header through it: an absolute http(s) URI (https in
 * production, as RFC 8058 asks; plain http only for localhost or 127.0.0.1, a developer's base address) of printable ASCII with no space, comma
 * or angle bracket, at most {@value #MAX_URL} characters; the mailto a bare address.
 *
 * @param url the one-click address; a {@code POST} to it must unsubscribe, a {@code GET} should show a page
 *     with a button that does
 * @param mailto an address whose mail unsubscribes, or {@code null}
 */
public record ListUnsubscribe(String url, String mailto) {

    /** What the outbox stores of the address at most ({@code outgoing_mail.list_unsubscribe_url}). */
    public static final int MAX_URL = 1000;

    /** The {@code List-Unsubscribe-Post} header's value (RFC 8058). */
    public static final String POST_HEADER_VALUE = "List-Unsubscribe=One-Click";

    private static final Pattern SAFE = Pattern.compile("[\\x21-\\x7e&&[^<>,\"\\\\]]+");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+");

    public ListUnsubscribe {
        if (url == null || url.length() > MAX_URL || !SAFE.matcher(url).matches()) {
            throw new IllegalArgumentException("Not a one-click unsubscribe address");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !(scheme.equals("https") || scheme.equals("http") && LOCAL_HOSTS.contains(uri.getHost()))) {
                throw new IllegalArgumentException("Not a one-click unsubscribe address");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a one-click unsubscribe address", e);
        }
        if (mailto != null && (mailto.length() > 254 || !MAILBOX.matcher(mailto).matches())) {
            throw new IllegalArgumentException("Not an unsubscribe mailbox");
        }
    }

    /** Only the one-click address. */
    public static ListUnsubscribe oneClick(String url) {
        return new ListUnsubscribe(url, null);
    }

    /** The {@code List-Unsubscribe} header's value: the one-click address first, then the mailto. */
    public String header() {
        return "<" + url + ">" + (mailto == null ? "" : ", <mailto:" + mailto + "?subject=unsubscribe>");
    }
}
