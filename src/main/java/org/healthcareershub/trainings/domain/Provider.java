package org.healthcareershub.trainings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.careers.CareerPageSources;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An organization that offers training programs. */
@Entity
@Table(name = "training_provider")
@EntityListeners(CareerPageSources.class)
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "name_keyword", normalizer = "lowercase")
    private String name;

    private String url;

    /** The name in Spanish where it differs (a sample provider's label); null: the name is the same. */
    private String nameEs;

    /** The inverse side, so that renaming a provider reindexes its programs. */
    @OneToMany(mappedBy = "provider")
    private List<Training> trainings = new ArrayList<>();

    protected Provider() {}

    public Provider(String name, String url) {
        this.name = name;
        this.url = url;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** The name in {@code locale}'s language where the catalog has one. */
    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) && nameEs != null ? nameEs : name;
    }

    /** Sets the Spanish name when one is given; a provider keeps the one it has otherwise. */
    public void updateSpanishName(String nameEs) {
        if (nameEs != null && !nameEs.isBlank()) {
            this.nameEs = nameEs;
        }
    }

    public void updateUrl(String url) {
        if (url != null && !url.isBlank()) {
            this.url = url;
        }
    }
}
