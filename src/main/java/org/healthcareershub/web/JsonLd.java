package org.healthcareershub.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes schema.org structured data for a {@code <script type="application/ld+json">} block. Every
 * {@code <} is escaped so that no text from the data can close the script element.
 */
@Component
public class JsonLd {

    private final JsonMapper mapper = JsonMapper.builder().build();

    public String write(Map<String, ?> data) {
        return json(data);
    }

    /** Any value as JSON that is safe inside a script element or an HTML attribute. */
    public String json(Object data) {
        return mapper.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
