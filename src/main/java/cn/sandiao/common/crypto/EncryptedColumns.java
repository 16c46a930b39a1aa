package cn.sandiao.common.crypto;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.springframework.stereotype.Component;

/**
 * The columns that hold encrypted personal data, read from the JPA mapping: every attribute converted with
 * {@link EncryptedStringConverter}. An attribute {@code <name>Fingerprint} of the same entity is that value's
 * fingerprint column (as {@code idNumber} / {@code idNumberFingerprint}), so a new encrypted field needs no list here.
 */
@Component
public class EncryptedColumns {

    /** {@code fingerprintColumn} is null when the value has no fingerprint. */
    public record Column(String table, String idColumn, String column, String fingerprintColumn) {

        public String label() {
            return table + "." + column;
        }
    }

    private final EntityManagerFactory entityManagerFactory;

    public EncryptedColumns(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Ordered by table and column, so runs and logs always list them alike. */
    public List<Column> all() {
        List<Column> columns = new ArrayList<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(entity -> collect(entity, columns));
        columns.sort(Comparator.comparing(Column::table).thenComparing(Column::column));
        return columns;
    }

    private static void collect(EntityMappingType entity, List<Column> columns) {
        entity.forEachAttributeMapping(attribute -> {
            if (encrypted(attribute)) {
                columns.add(column(entity, attribute));
            }
        });
    }

    private static Column column(EntityMappingType entity, AttributeMapping attribute) {
        SelectableMapping value = (SelectableMapping) attribute;
        if (!(entity.getIdentifierMapping() instanceof BasicValuedModelPart id)) {
            throw new IllegalStateException(entity.getEntityName() + " 的主键不是单列，无法逐行重新加密");
        }
        AttributeMapping fingerprint = entity.findAttributeMapping(attribute.getAttributeName() + "Fingerprint");
        return new Column(value.getContainingTableExpression(), id.getSelectionExpression(),
                value.getSelectionExpression(),
                fingerprint instanceof SelectableMapping f ? f.getSelectionExpression() : null);
    }

    private static boolean encrypted(AttributeMapping attribute) {
        return attribute instanceof BasicValuedModelPart basic
                && basic.getJdbcMapping().getValueConverter() instanceof JpaAttributeConverter<?, ?> converter
                && converter.getConverterJavaType().getJavaTypeClass() == EncryptedStringConverter.class;
    }
}
