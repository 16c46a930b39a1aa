package cn.sandiao.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Fills a document's template with the case's facts. Templates are XHTML (the PDF renderer reads XML), under
 * {@code documents/templates/} in the jar; a county's folder ({@code sandiao.documents.template-dir}) comes first
 * and is read anew on every issue, so a changed template applies without a restart.
 */
@Component
class DocumentTemplates {

    private final TemplateEngine engine = new TemplateEngine();
    private final String baseUri;
    private final Path countyDir;

    DocumentTemplates(DocumentProperties properties) {
        if (properties.templateDir() != null) {
            FileTemplateResolver county = resolver(new FileTemplateResolver(),
                    Path.of(properties.templateDir()).toAbsolutePath() + "/", 1);
            county.setCacheable(false);
            engine.addTemplateResolver(county);
            countyDir = Path.of(properties.templateDir()).toAbsolutePath();
            baseUri = countyDir.toUri().toString();
        } else {
            countyDir = null;
            baseUri = null;
        }
        ClassLoaderTemplateResolver shipped = resolver(new ClassLoaderTemplateResolver(), "documents/templates/", 2);
        // a cached shipped template would hide a county template added later
        shipped.setCacheable(countyDir == null);
        engine.addTemplateResolver(shipped);
    }

    private static <R extends org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver> R resolver(
            R resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    String fill(DocumentKind kind, Map<String, Object> facts) {
        return fill(kind.template(), facts);
    }

    /** The template {@code name} (without .html) filled with {@code facts}. */
    String fill(String name, Map<String, Object> facts) {
        return engine.process(name, new Context(java.util.Locale.SIMPLIFIED_CHINESE, facts));
    }

    /** The committee's seal image in the county's folder ({@code seals/<code>.png}), relative to it; null if none. */
    String sealOf(String committeeCode) {
        if (countyDir == null || committeeCode == null || !committeeCode.matches("[A-Za-z0-9-]+")) {
            return null;
        }
        String seal = "seals/" + committeeCode + ".png";
        return Files.isRegularFile(countyDir.resolve(seal)) ? seal : null;
    }

    /** Where relative links of a template (a seal image) are found: the county's folder, if any. */
    String baseUri() {
        return baseUri;
    }
}
