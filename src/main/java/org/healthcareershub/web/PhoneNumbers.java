package org.healthcareershub.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #phones} in templates: {@code #phones.tel('(716) 555-0141')} is {@code tel:+17165550141}, the
 * RFC 3966 form a phone link needs (no spaces or parentheses), while the link text stays as people write
 * it. Templates link a number through {@code web/phone.html :: link(number)}.
 */
@Component
public class PhoneNumbers extends AbstractDialect implements IExpressionObjectDialect {

    PhoneNumbers() {
        super("phones");
    }

    /**
     * A {@code tel:} URI for a number as written: a North American number (10 digits, or 11 starting with 1)
     * gets +1; a number written with a leading + keeps its country code. Null for anything without digits.
     */
    public String tel(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (number.strip().startsWith("+")) {
            return "tel:+" + digits;
        }
        if (digits.length() == 10) {
            return "tel:+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "tel:+" + digits;
        }
        // A local number of unknown area: still a valid tel: URI, dialled as is.
        return "tel:" + digits;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("phones");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return PhoneNumbers.this;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
