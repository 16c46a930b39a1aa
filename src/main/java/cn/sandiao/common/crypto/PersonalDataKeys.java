package cn.sandiao.common.crypto;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The personal-data key settings as configured (Base64 text, not yet checked): the current encryption key and its
 * version, the earlier keys still needed to read values written under them, and the fingerprint key.
 */
public record PersonalDataKeys(int keyVersion, String key, Map<Integer, String> previousKeys, String fingerprintKey) {

    public static final String KEY = "sandiao.personal-data.key";
    public static final String KEY_VERSION = "sandiao.personal-data.key-version";
    public static final String PREVIOUS_KEYS = "sandiao.personal-data.previous-keys";
    public static final String FINGERPRINT_KEY = "sandiao.personal-data.fingerprint-key";

    public PersonalDataKeys {
        previousKeys = previousKeys == null ? Map.of() : Map.copyOf(previousKeys);
    }

    /** Bound like any Spring property, so {@code SANDIAO_PERSONALDATA_PREVIOUSKEYS_1} sets previous key 1. */
    public static PersonalDataKeys from(Environment environment) {
        Binder binder = Binder.get(environment);
        return new PersonalDataKeys(
                binder.bind(KEY_VERSION, Integer.class).orElse(1),
                binder.bind(KEY, String.class).orElse(""),
                binder.bind(PREVIOUS_KEYS, Bindable.mapOf(Integer.class, String.class)).orElse(Map.of()),
                binder.bind(FINGERPRINT_KEY, String.class).orElse(""));
    }

    /** The previous keys by version, lowest first. */
    public Map<Integer, String> previousKeys() {
        return new TreeMap<>(previousKeys);
    }

    public static String previousKeySetting(int version) {
        return PREVIOUS_KEYS + "." + version;
    }

    /** The environment variable an operator sets a setting with: {@code sandiao.personal-data.key} → SANDIAO_PERSONALDATA_KEY. */
    public static String variableOf(String setting) {
        return setting.replace("-", "").replace('.', '_').toUpperCase();
    }

    /** Never the keys themselves: this may end up in a log. */
    @Override
    public String toString() {
        return "PersonalDataKeys[keyVersion=" + keyVersion + ", previousKeyVersions=" + previousKeys().keySet() + "]";
    }
}
