package org.healthcareershub.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The display side of {@link PlainText}: every page passes its text and attribute values through
 * {@link PlainText#shown} after Thymeleaf has escaped them, so a value stored before the rule existed (a
 * name with a NUL, a text-direction override) shows U+FFFD instead of reaching the browser as a raw byte.
 * Escaping neutralizes markup but leaves such characters alone; this catches them on every page, staff pages
 * included, without each template having to remember.
 */
@Component
class ShownTextDialect extends AbstractDialect implements IPostProcessorDialect {

    ShownTextDialect() {
        super("Shown text");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Replaces refused characters in text and attribute values; public because Thymeleaf creates it. */
    public static final class Handler extends AbstractTemplateHandler {

        private IModelFactory models;

        public Handler() {
            super();
        }

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            this.models = context.getModelFactory();
        }

        @Override
        public void handleText(IText text) {
            String value = text.getText();
            String shown = PlainText.shown(value);
            super.handleText(shown == value ? text : models.createText(shown));
        }

        @Override
        public void handleStandaloneElement(org.thymeleaf.model.IStandaloneElementTag tag) {
            super.handleStandaloneElement(shownAttributes(tag));
        }

        @Override
        public void handleOpenElement(org.thymeleaf.model.IOpenElementTag tag) {
            super.handleOpenElement(shownAttributes(tag));
        }

        private <T extends IProcessableElementTag> T shownAttributes(T tag) {
            T shownTag = tag;
            for (IAttribute attribute : tag.getAllAttributes()) {
                String value = attribute.getValue();
                String shown = PlainText.shown(value);
                if (shown != value) {
                    shownTag = models.setAttribute(
                            shownTag, attribute.getAttributeCompleteName(), shown, attribute.getValueQuotes());
                }
            }
            return shownTag;
        }
    }
}
