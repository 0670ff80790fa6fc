package org.healthcareershub.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.DigestUtils;

/**
 * Pages rendered once and served from memory (see {@link CachedPage}): one entry per path, variant (its
 * normalised query), language and audience, each kept as it was rendered and gzipped, with an ETag from its
 * bytes. The modules that own what a page shows evict it when that changes, usually from a listener of their
 * own events; entries older than {@code hub.page-cache.max-age} are rendered again anyway. The memory held is
 * bounded by {@code hub.page-cache.max-size}: past it, pages are served as rendered and not kept.
 *
 * <p>Each app node has its own cache: in cluster mode an eviction reaches only the node whose module saw the
 * change, so the others serve the old page until their own maximum age passes (issue 14 is to spread
 * evictions across nodes).
 */
@Component
public class PageCache {

    private final Map<Key, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    /** When the last eviction happened, in ms: a page kept after it is dated later (see {@link #store}). */
    private volatile long evictedAt;

    private final PageCacheProperties properties;
    private final Clock clock;
    private volatile boolean ready;

    PageCache(PageCacheProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Forgets every variant of the page at {@code path} (e.g. {@code /careers/nursing}). */
    public void evict(String path) {
        evictWhere(path::equals);
    }

    /** Forgets every page whose path starts with {@code prefix}. */
    public void evictUnder(String prefix) {
        evictWhere(path -> path.startsWith(prefix));
    }

    /** Forgets every page. */
    public void evictAll() {
        evictWhere(path -> true);
    }

    /**
     * Evicts now and, inside a transaction, once more after it completes: a page rendered meanwhile from the
     * data as it was before the commit is not kept (see {@link #store}).
     */
    private void evictWhere(Predicate<String> path) {
        remove(path);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    remove(path);
                }
            });
        }
    }

    private synchronized void remove(Predicate<String> path) {
        generation.incrementAndGet();
        evictedAt = clock.millis();
        pages.entrySet().removeIf(entry -> {
            if (path.test(entry.getKey().path())) {
                bytes.addAndGet(-entry.getValue().size());
                return true;
            }
            return false;
        });
    }

    /**
     * Pages are kept once the app is ready: Tomcat answers before the application runners have loaded
     * content (career files, demo data), and a page rendered meanwhile would be kept without it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    boolean enabled() {
        return ready && properties.enabled();
    }

    /** A kept page younger than the maximum age, or null. */
    Page get(Key key) {
        Page page = pages.get(key);
        if (page != null
                && clock.millis() - page.storedAt() > properties.maxAge().toMillis()) {
            synchronized (this) {
                if (pages.remove(key, page)) {
                    bytes.addAndGet(-page.size());
                }
            }
            return null;
        }
        return page;
    }

    /** The number to hand to {@link #store} with a page about to be rendered. */
    long generation() {
        return generation.get();
    }

    /**
     * The page for {@code body}, kept unless something was evicted since its rendering began (it may show the
     * old content) or the cache is full.
     */
    Page store(Key key, byte[] body, String contentType, String contentLanguage, long renderedIn) {
        String hash = DigestUtils.md5DigestAsHex(body);
        long now = clock.millis();
        Page page = new Page(
                body,
                gzip(body),
                '"' + hash + '"',
                "\"" + hash + "-gz\"",
                lastModified(now),
                contentType,
                contentLanguage,
                now);
        synchronized (this) {
            if (generation.get() == renderedIn
                    && bytes.get() + page.size() <= properties.maxSize().toBytes()) {
                Page replaced = pages.put(key, page);
                bytes.addAndGet(page.size() - (replaced == null ? 0 : replaced.size()));
            }
        }
        return page;
    }

    /**
     * {@code Last-Modified} has whole seconds: a page kept in the same second as an eviction is dated the next
     * second, so that a browser holding the page evicted then does not get a 304 for it.
     */
    private long lastModified(long now) {
        long second = now - now % 1000;
        long evicted = evictedAt;
        return second > evicted - evicted % 1000 || evicted == 0 ? second : evicted - evicted % 1000 + 1000;
    }

    int size() {
        return pages.size();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Who a page is rendered for: the navigation offers Sign in, Account or Admin. Nothing more personal. */
    enum Audience {
        ANONYMOUS,
        SIGNED_IN,
        ADMIN
    }

    /** {@code query} is the variant's normalised query ({@code region=Capital+Region}), without the language. */
    record Key(String path, String query, String language, Audience audience) {}

    record Page(
            byte[] body,
            byte[] gzipped,
            String etag,
            String gzipEtag,
            long lastModified,
            String contentType,
            String contentLanguage,
            long storedAt) {

        long size() {
            return body.length + gzipped.length;
        }
    }
}
