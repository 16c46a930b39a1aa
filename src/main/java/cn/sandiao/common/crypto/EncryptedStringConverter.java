package cn.sandiao.common.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores a personal-data column encrypted; applied with {@code @Convert} on the entity field. */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedStringConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }
}
