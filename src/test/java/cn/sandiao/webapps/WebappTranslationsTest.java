package cn.sandiao.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese texts for the Camunda webapps stay whole: every key of the English locale shipped in the webapp
 * artifact of the Camunda version we build with has a Chinese value with the same placeholders and markup, so
 * an upgrade that adds or changes keys fails here until they are translated.
 */
class WebappTranslationsTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    /** HTML elements (not placeholders such as {@code <null>} that are shown as text). */
    private static final Pattern TAG = Pattern.compile(
            "</?(a|b|br|code|div|em|i|kbd|li|ol|p|pre|small|span|strong|ul)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRINTF = Pattern.compile("%[sd]");
    /** Words a user reads (not a code like BPMN or a format like HH:mm). */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z][a-z]{3,}\\b.*\\b[A-Za-z][a-z]{2,}\\b");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldTranslateEveryKeyOfTheShippedEnglishLocale(String app) throws IOException {
        JsonNode english = read(shipped(app));
        JsonNode chinese = read(ours(app));
        List<String> problems = new ArrayList<>();

        english.get("labels").properties().forEach(entry -> {
            String key = entry.getKey();
            String en = entry.getValue().asText();
            JsonNode zhNode = chinese.get("labels").get(key);
            // empty only where English is (or is just a plural ending that Chinese does not have)
            boolean mayBeEmpty = en.isBlank() || en.strip().equals("s") || en.strip().equals("es");
            if (zhNode == null || (zhNode.asText().isBlank() && !mayBeEmpty)) {
                problems.add("missing: " + key);
                return;
            }
            String zh = zhNode.asText();
            same(problems, key, "placeholders", PLACEHOLDER, en, zh);
            same(problems, key, "markup", TAG, en, zh);
            same(problems, key, "printf", PRINTF, en, zh);
            if (ENGLISH_WORDS.matcher(strip(en)).find() && !CHINESE.matcher(zh).find()) {
                problems.add("not translated: " + key + " = " + zh);
            }
        });
        chinese.get("labels").fieldNames().forEachRemaining(key -> {
            if (!english.get("labels").has(key)) {
                problems.add("no longer in the English locale: " + key);
            }
        });
        if (english.has("dateLocales")) {
            assertThat(fieldNames(chinese.get("dateLocales"))).isEqualTo(fieldNames(english.get("dateLocales")));
            assertThat(chinese.at("/dateLocales/longDateFormat/L").asText()).isEqualTo("YYYY年M月D日");
        }

        assertThat(problems).as(app + ": " + problems.size() + " problems").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldOfferChineseAndEnglish(String app) throws IOException {
        try (InputStream config = getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js")) {
            String text = new String(config.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'en'");
        }
    }

    /** The English locale inside the Camunda webapp artifact (we ship no en.json of our own). */
    private URL shipped(String app) throws IOException {
        List<URL> found = Collections.list(getClass().getClassLoader().getResources(LOCALES.formatted(app, "en")));
        assertThat(found).singleElement().satisfies(url -> assertThat(url.toString()).contains("camunda-webapp"));
        return found.get(0);
    }

    private URL ours(String app) {
        URL url = getClass().getClassLoader().getResource(LOCALES.formatted(app, "zh"));
        assertThat(url).as("locales/zh.json of " + app).isNotNull();
        return url;
    }

    private JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static void same(List<String> problems, String key, String what, Pattern pattern, String en, String zh) {
        List<String> expected = matches(pattern, en);
        List<String> actual = matches(pattern, zh);
        if (!expected.equals(actual)) {
            problems.add(what + " differ in " + key + ": " + expected + " vs " + actual);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        Collections.sort(found);
        return found;
    }

    /** The text a user reads: without placeholders and markup. */
    private static String strip(String text) {
        return text.replaceAll("\\{\\{.*?}}", "").replaceAll("<[^>]*>", "");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        return names;
    }
}
