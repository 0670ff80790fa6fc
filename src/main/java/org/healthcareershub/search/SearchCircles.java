package org.healthcareershub.search;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * "Within this many miles of a point" predicates whose matches are kept per index segment, so that a circle
 * searched before costs no geometry: Lucene's distance query relates a grid of boxes to the circle each time
 * a search uses it (the main query and each facet count) and then walks the points' tree — 5% of a search
 * request's CPU (docs/benchmarks.md). The predicate matches the documents, and scores them, exactly as
 * {@code f.spatial().within().field(field).circle(latitude, longitude, radius, MILES)} does (the same Lucene
 * query; a constant score of its boost). A segment's matches are kept while the segment lives: a write makes
 * a new segment, which is looked up again. A searcher keeps one.
 */
public class SearchCircles {

    /** At most this many circles' matches (a bit per document each) are kept per segment; then it starts again. */
    static final int MAX_CACHED = 500;

    /** Per segment (its core, which deletions do not change), each circle's matches. */
    private final Map<Object, Map<Query, Found>> segments = new ConcurrentHashMap<>();

    /** Documents with a point of {@code field} within {@code radiusMiles} of the point given. */
    public SearchPredicate within(
            SearchScope<?> scope, String field, double latitude, double longitude, double radiusMiles) {
        Query circle =
                LatLonPoint.newDistanceQuery(field, latitude, longitude, DistanceUnit.MILES.toMeters(radiusMiles));
        return scope.predicate()
                .extension(LuceneExtension.get())
                .fromLuceneQuery(new Kept(circle, this))
                .toPredicate();
    }

    private record Found(FixedBitSet docs, int count) {}

    /** The matches of {@code circle} in {@code leaf}: kept ones, or found with the circle's own query. */
    private Found matches(Query circle, LeafReaderContext leaf, IndexSearcher searcher) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        Map<Query, Found> kept = helper == null ? null : segments.get(helper.getKey());
        Found found = kept == null ? null : kept.get(circle);
        if (found != null) {
            return found;
        }
        FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
        Scorer scorer =
                circle.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
        if (scorer != null) {
            DocIdSetIterator iterator = scorer.iterator();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                docs.set(doc);
            }
        }
        found = new Found(docs, docs.cardinality());
        if (helper != null) {
            kept = segments.computeIfAbsent(helper.getKey(), segment -> {
                // a segment merged away takes its matches with it
                helper.addClosedListener(segments::remove);
                return new ConcurrentHashMap<>();
            });
            if (kept.size() >= MAX_CACHED) {
                kept.clear();
            }
            kept.put(circle, found);
        }
        return found;
    }

    /** The circle's query, answered from the kept matches; each match scores its boost, as the circle does. */
    private static final class Kept extends Query {
        private final Query circle;
        private final SearchCircles circles;

        Kept(Query circle, SearchCircles circles) {
            this.circle = circle;
            this.circles = circles;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public Scorer scorer(LeafReaderContext leaf) throws IOException {
                    Found found = circles.matches(circle, leaf, searcher);
                    if (found.count() == 0) {
                        return null;
                    }
                    return new ConstantScoreScorer(
                            this, score(), scoreMode, new BitSetIterator(found.docs(), found.count()));
                }

                @Override
                public boolean isCacheable(LeafReaderContext leaf) {
                    return true;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            circle.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "kept(" + circle.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && circle.equals(((Kept) other).circle);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classHash(), circle);
        }
    }
}
