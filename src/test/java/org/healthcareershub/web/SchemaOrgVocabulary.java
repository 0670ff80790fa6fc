package org.healthcareershub.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The schema.org vocabulary (src/test/resources/schemaorg/vocabulary.tsv, reduced from schema.org's own
 * release file) and a check of a JSON-LD block against it: every {@code @type} is a class schema.org has,
 * and every property is declared on that class or one of its superclasses, as schema.org's validator reads
 * {@code domainIncludes}. Superseded classes and properties are refused too.
 */
final class SchemaOrgVocabulary {

    private static final String CONTEXT = "https://schema.org";

    private final Map<String, List<String>> superclasses = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, String> supersededBy = new HashMap<>();

    private SchemaOrgVocabulary() {}

    static SchemaOrgVocabulary load() {
        SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
        try (var in = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/vocabulary.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                List<String> related = columns[2].isEmpty() ? List.of() : List.of(columns[2].split(","));
                if (columns[0].equals("class")) {
                    vocabulary.superclasses.put(columns[1], related);
                } else {
                    vocabulary.domains.put(columns[1], new TreeSet<>(related));
                }
                if (!columns[4].isEmpty()) {
                    vocabulary.supersededBy.put(columns[1], columns[4]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vocabulary;
    }

    /** What is wrong with one JSON-LD block, each problem as "Type.property: why"; empty when nothing is. */
    List<String> problems(JsonNode block) {
        List<String> problems = new ArrayList<>();
        if (!CONTEXT.equals(block.path("@context").asString(""))) {
            problems.add("@context: expected " + CONTEXT + ", was " + block.path("@context"));
        }
        check(block, "", problems);
        return problems;
    }

    private void check(JsonNode node, String path, List<String> problems) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                check(element, path, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asString("");
        String where = path.isEmpty() ? type : path + ">" + type;
        if (type.isEmpty()) {
            problems.add(path + ": an object without @type");
            return;
        }
        if (!superclasses.containsKey(type)) {
            problems.add(where + ": no such schema.org type");
            return;
        }
        if (supersededBy.containsKey(type)) {
            problems.add(where + ": superseded by " + supersededBy.get(type));
        }
        Set<String> lineage = lineage(type);
        for (var property : node.properties()) {
            String name = property.getKey();
            if (name.startsWith("@")) {
                continue;
            }
            Set<String> declaredOn = domains.get(name);
            if (declaredOn == null) {
                problems.add(where + "." + name + ": no such schema.org property");
            } else if (declaredOn.stream().noneMatch(lineage::contains)) {
                problems.add(where + "." + name + ": not a property of " + type + " (only of " + declaredOn + ")");
            } else if (supersededBy.containsKey(name)) {
                problems.add(where + "." + name + ": superseded by " + supersededBy.get(name));
            }
            check(property.getValue(), where + "." + name, problems);
        }
    }

    /** The type and all its superclasses. */
    private Set<String> lineage(String type) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(superclasses.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }
}
