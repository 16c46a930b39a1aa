package cn.sandiao.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data (ID numbers, phones) for storage with AES-256-GCM, and gives ID numbers a keyed
 * fingerprint (HMAC-SHA256) so they can be looked up without ever storing or comparing the plain value.
 * Stored form: {@code v<version>:} + Base64(12-byte nonce ‖ ciphertext ‖ tag). New values are written under the
 * current key version; values of an earlier version are read with that version's previous key, so keys can be
 * rotated ({@link PersonalDataKeys}) and the data re-encrypted afterwards ({@link PersonalDataReencryption}).
 */
@Component
public class PersonalDataCipher {

    private static final Pattern VERSIONED = Pattern.compile("^v(\\d{1,9}):");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final int keyVersion;
    private final String prefix;
    private final Map<Integer, SecretKeySpec> encryptionKeys = new HashMap<>();
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public PersonalDataCipher(Environment environment) {
        this(PersonalDataKeys.from(environment));
    }

    /** Refuses keys that are not 32 bytes, or previous keys that contradict the current one (checked at start-up). */
    public PersonalDataCipher(PersonalDataKeys keys) {
        if (keys.keyVersion() < 1) {
            throw new IllegalStateException(PersonalDataKeys.KEY_VERSION + " 须为正整数（当前为 " + keys.keyVersion() + "）");
        }
        this.keyVersion = keys.keyVersion();
        this.prefix = prefixOf(keyVersion);
        byte[] current = key(keys.key(), PersonalDataKeys.KEY);
        encryptionKeys.put(keyVersion, new SecretKeySpec(current, "AES"));
        keys.previousKeys().forEach((version, base64) -> {
            String setting = PersonalDataKeys.previousKeySetting(version);
            if (version < 1) {
                throw new IllegalStateException(setting + "：密钥版本须为正整数");
            }
            byte[] previous = key(base64, setting);
            if (version == keyVersion && !Arrays.equals(previous, current)) {
                throw new IllegalStateException(setting + " 与当前密钥 " + PersonalDataKeys.KEY + " 的版本号相同（"
                        + version + "）但密钥不同：同一版本只能有一个密钥，换新密钥时须同时提高 "
                        + PersonalDataKeys.KEY_VERSION);
            }
            if (version != keyVersion && Arrays.equals(previous, current)) {
                // a version raised without a new key: the "rotation" would change nothing
                throw new IllegalStateException(setting + " 与当前密钥 " + PersonalDataKeys.KEY
                        + " 相同：轮换时须生成新密钥（openssl rand -base64 32）");
            }
            encryptionKeys.putIfAbsent(version, new SecretKeySpec(previous, "AES"));
        });
        this.fingerprintKey = new SecretKeySpec(key(keys.fingerprintKey(), PersonalDataKeys.FINGERPRINT_KEY),
                "HmacSHA256");
    }

    /** The version new values are written under. */
    public int keyVersion() {
        return keyVersion;
    }

    /** Whether {@code stored} is already encrypted under the current key (null counts: there is nothing to do). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(prefix);
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(keyVersion), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return prefix + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("个人信息加密失败", e);
        }
    }

    /** A value without a {@code v<n>:} prefix was never encrypted and is returned as it is. */
    public String decrypt(String stored) {
        Matcher versioned = stored == null ? null : VERSIONED.matcher(stored);
        if (versioned == null || !versioned.find()) {
            return stored;
        }
        int version = Integer.parseInt(versioned.group(1));
        SecretKeySpec key = encryptionKeys.get(version);
        if (key == null) {
            String setting = PersonalDataKeys.previousKeySetting(version);
            throw new IllegalStateException("个人信息解密失败：数据由第 " + version + " 版密钥加密，但未配置该版密钥；"
                    + "请设置 " + setting + "（环境变量 " + PersonalDataKeys.variableOf(setting) + "）");
        }
        try {
            byte[] data = Base64.getDecoder().decode(stored.substring(versioned.end()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("个人信息解密失败：第 " + version + " 版密钥不匹配或数据已损坏", e);
        }
    }

    /** The same ID number always gives the same fingerprint; without the key it reveals nothing. */
    public String fingerprint(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.strip().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("个人信息指纹计算失败", e);
        }
    }

    static String prefixOf(int version) {
        return "v" + version + ":";
    }

    private static byte[] key(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " 不是有效的Base64编码密钥", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " 须为32字节（256位）密钥的Base64编码，例如 openssl rand -base64 32");
        }
        return key;
    }
}
