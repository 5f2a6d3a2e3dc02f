package org.ksrelations.kit.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.ksrelations.kit.problem.ProblemException;

import java.util.Locale;
import java.util.Map;

/**
 * The language a response is served in: {@code ?lang=} first, then {@code Accept-Language}, then English.
 * {@code all} serves the maps of every language.
 */
public record Lang(String code) {

    public static final Lang ALL = new Lang("all");
    public static final Lang EN = new Lang("en");

    public static Lang resolve(String param, HttpHeaders headers) {
        if (param != null && !param.isBlank()) {
            String p = param.trim().toLowerCase(Locale.ROOT);
            if (p.equals("all")) {
                return ALL;
            }
            if (!p.matches("[a-z]{2}")) {
                throw ProblemException.badParam("lang", "must be a two-letter language code or 'all'");
            }
            return new Lang(p);
        }
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                String c = l.getLanguage();
                if (c != null && c.matches("[a-z]{2}")) {
                    return new Lang(c);
                }
                if ("*".equals(l.toString())) {
                    break;
                }
            }
        }
        return EN;
    }

    /** As {@link #resolve}, but every language when {@code param} is absent (a changes feed keeps a whole copy). */
    public static Lang resolveOrAll(String param, HttpHeaders headers) {
        return param == null ? ALL : resolve(param, headers);
    }

    public boolean all() {
        return this == ALL || code.equals("all");
    }

    /** The text in this language, or English when there is none; the whole map for {@code all}. */
    public Object pick(Map<String, String> text) {
        if (text == null) {
            return null;
        }
        if (all()) {
            return text;
        }
        String v = text.get(code);
        return v != null ? v : text.get("en");
    }

    /** The language actually served for this text (null for {@code all}). */
    public String served(Map<String, String> text) {
        if (all()) {
            return null;
        }
        return text != null && text.containsKey(code) ? code : "en";
    }
}
