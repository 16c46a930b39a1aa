package cn.sandiao.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data (ID numbers, phones) for storage with AES-256-GCM, and gives ID numbers a keyed
 * fingerprint (HMAC-SHA256) so they can be looked up without ever storing or comparing the plain value.
 * Stored form: {@code v1:} + Base64(12-byte nonce ‖ ciphertext ‖ tag).
 */
@Component
public class PersonalDataCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(@Value("${sandiao.personal-data.key:}") String encryptionKey,
                              @Value("${sandiao.personal-data.fingerprint-key:}") String fingerprintKey) {
        this.encryptionKey = new SecretKeySpec(key(encryptionKey, "sandiao.personal-data.key"), "AES");
        this.fingerprintKey = new SecretKeySpec(key(fingerprintKey, "sandiao.personal-data.fingerprint-key"),
                "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("个人信息加密失败", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("个人信息解密失败：密钥不匹配或数据已损坏", e);
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
