package cn.sandiao.common.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every encrypted column under the cipher's current key and recomputes the ID-number fingerprints with its
 * fingerprint key (a fingerprint key is rotated by recomputing, so it needs no previous key). Rows go in id order,
 * one transaction per batch; a row is changed only if it still holds the value that was read, so a row written
 * meanwhile by the running application is left alone. Idempotent: a run after an interrupted one skips the rows
 * that are done and continues with the rest. Values stored without a {@code v<n>:} prefix are encrypted too.
 */
@Component
public class PersonalDataReencryption {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataReencryption.class);
    private static final int BATCH_SIZE = 500;

    /** What one column needed: values re-encrypted under the current key, fingerprints recomputed (if it has them). */
    public record Count(int reencrypted, int fingerprints, boolean fingerprinted) {

        Count plus(Count other) {
            return new Count(reencrypted + other.reencrypted, fingerprints + other.fingerprints, fingerprinted);
        }

        /** For the operator's log and the audit trail. */
        public String summary() {
            return "重新加密 " + reencrypted + " 条" + (fingerprinted ? "、重算指纹 " + fingerprints + " 条" : "");
        }
    }

    /** Counts by {@code table.column}, in the order of {@link EncryptedColumns#all()}. */
    public record Result(int keyVersion, Map<String, Count> byColumn) {
    }

    private record Batch(int rows, Object lastId, Count count) {
    }

    private record Change(Object id, String stored, String encrypted, String fingerprint, boolean fingerprintChanged) {
    }

    private final EncryptedColumns columns;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PersonalDataCipher cipher;
    private final int batchSize;

    @Autowired
    public PersonalDataReencryption(EncryptedColumns columns, JdbcTemplate jdbc,
                                    PlatformTransactionManager transactionManager, PersonalDataCipher cipher) {
        this(columns, jdbc, transactionManager, cipher, BATCH_SIZE);
    }

    /** {@code cipher}: the keys to re-encrypt with (its current key and fingerprint key) and to read with. */
    public PersonalDataReencryption(EncryptedColumns columns, JdbcTemplate jdbc,
                                    PlatformTransactionManager transactionManager, PersonalDataCipher cipher,
                                    int batchSize) {
        this.columns = columns;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    public Result run() {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (EncryptedColumns.Column column : columns.all()) {
            Count total = new Count(0, 0, column.fingerprintColumn() != null);
            Object after = null; // ids are numbers (parties) or codes (mediators, experts): the first batch has no bound
            Batch batch;
            do {
                Object from = after;
                batch = Objects.requireNonNull(transaction.execute(status -> batch(column, from)));
                after = batch.lastId();
                total = total.plus(batch.count());
            } while (batch.rows() == batchSize);
            LOG.info("[个人信息重新加密] {}：{}", column.label(), total.summary());
            counts.put(column.label(), total);
        }
        return new Result(cipher.keyVersion(), counts);
    }

    private Batch batch(EncryptedColumns.Column column, Object after) {
        boolean fingerprinted = column.fingerprintColumn() != null;
        String select = "select " + column.idColumn() + ", " + column.column()
                + (fingerprinted ? ", " + column.fingerprintColumn() : "")
                + " from " + column.table() + " where " + (after == null ? "" : column.idColumn() + " > ? and ")
                + column.column()
                + " is not null order by " + column.idColumn() + " fetch first " + batchSize + " rows only";
        Object[] lastId = {after};
        int[] rows = {0};
        List<Change> changes = new ArrayList<>();
        jdbc.query(select, rs -> {
            Object id = rs.getObject(1);
            String stored = rs.getString(2);
            String fingerprint = fingerprinted ? rs.getString(3) : null;
            lastId[0] = id;
            rows[0]++;
            boolean current = cipher.isCurrent(stored);
            if (current && !fingerprinted) {
                return;
            }
            String plain = decrypt(column, id, stored);
            String encrypted = current ? stored : cipher.encrypt(plain);
            String newFingerprint = fingerprinted ? cipher.fingerprint(plain) : null;
            boolean fingerprintChanged = !Objects.equals(fingerprint, newFingerprint);
            if (!current || fingerprintChanged) {
                changes.add(new Change(id, stored, encrypted, newFingerprint, fingerprintChanged));
            }
        }, after == null ? new Object[0] : new Object[] {after});
        return new Batch(rows[0], lastId[0], write(column, changes));
    }

    private Count write(EncryptedColumns.Column column, List<Change> changes) {
        int reencrypted = 0;
        int fingerprints = 0;
        String update = "update " + column.table() + " set " + column.column() + " = ?"
                + (column.fingerprintColumn() != null ? ", " + column.fingerprintColumn() + " = ?" : "")
                + " where " + column.idColumn() + " = ? and " + column.column() + " = ?";
        for (Change change : changes) {
            int updated = column.fingerprintColumn() != null
                    ? jdbc.update(update, change.encrypted(), change.fingerprint(), change.id(), change.stored())
                    : jdbc.update(update, change.encrypted(), change.id(), change.stored());
            if (updated == 1) {
                reencrypted += change.encrypted().equals(change.stored()) ? 0 : 1;
                fingerprints += change.fingerprintChanged() ? 1 : 0;
            }
        }
        return new Count(reencrypted, fingerprints, column.fingerprintColumn() != null);
    }

    private String decrypt(EncryptedColumns.Column column, Object id, String stored) {
        try {
            return cipher.decrypt(stored);
        } catch (IllegalStateException e) {
            // which row, so the operator can look at it; the message names the version and setting, never a key
            throw new IllegalStateException(column.label() + "（" + column.idColumn() + " = " + id + "）："
                    + e.getMessage(), e);
        }
    }
}
