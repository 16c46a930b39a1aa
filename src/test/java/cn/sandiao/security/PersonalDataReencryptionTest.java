package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.crypto.EncryptedColumns;
import cn.sandiao.common.crypto.PersonalDataCipher;
import cn.sandiao.common.crypto.PersonalDataKeys;
import cn.sandiao.common.crypto.PersonalDataReencryption;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionForm;
import cn.sandiao.petition.PetitionRepository;
import cn.sandiao.petition.PetitionService;
import cn.sandiao.petition.RegisterPetitionRequest;
import cn.sandiao.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Re-encryption after a key rotation, driven with a cipher built from the new keys on the shared test database
 * (no second application). Each test turns the database back to the application's keys afterwards, so that the
 * other tests of the shared context still read it.
 */
@IntegrationTest
class PersonalDataReencryptionTest {

    /** Numbers used by no other test. */
    private static final String ID = "360102198807150015";
    private static final String PHONE = "13700137088";
    private static final String PETITIONER_ID = "360102197905200018";
    private static final String NEW_KEY = "Hn3sV0yQe7Lk2Wc9Pa5Rt1Mz8Xb4Fd6Gj0Uo2Ii7Ey5=";
    private static final String NEW_FINGERPRINT_KEY = "Pw8cN2rX5tJ0yH7kB4vM1qL6sD9fG3zA0eU5iO8nR2w=";

    @Autowired DisputeService disputes;
    @Autowired PetitionService petitionService;
    @Autowired PetitionRepository petitions;
    @Autowired PersonalDataCipher applicationCipher;
    @Autowired EncryptedColumns columns;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired AuditLog auditLog;
    @Autowired ConfigurableApplicationContext context;
    @Value("${sandiao.personal-data.key}") String oldKey;
    @Value("${sandiao.personal-data.fingerprint-key}") String oldFingerprintKey;

    @AfterEach
    void backToTheApplicationKeys() {
        // the reverse rotation: version 1 (the application's key) current again, version 2 readable as previous
        PersonalDataCipher back = new PersonalDataCipher(
                new PersonalDataKeys(1, oldKey, Map.of(2, NEW_KEY), oldFingerprintKey));
        new PersonalDataReencryption(columns, jdbc, transactionManager, back).run();
        assertThat(notUnder("v1:")).isEmpty();
    }

    @Test
    void shouldFindTheEncryptedColumnsInTheJpaMapping() {
        assertThat(columns.all()).containsExactly(
                new EncryptedColumns.Column("dispute_party", "id", "id_number", "id_number_fingerprint"),
                new EncryptedColumns.Column("dispute_party", "id", "phone", null),
                new EncryptedColumns.Column("expert", "code", "phone", null),
                new EncryptedColumns.Column("mediator", "user_id", "phone", null),
                new EncryptedColumns.Column("petitioner", "id", "id_number", "id_number_fingerprint"),
                new EncryptedColumns.Column("petitioner", "id", "phone", null));
    }

    @Test
    void shouldReencryptEveryValueUnderTheNewKeyAndRecomputeTheFingerprints() {
        Long caseId = disputes.register(DisputeRequests.withApplicant(ID, PHONE), "intake").id();
        Long petitionId = petitionService.register(petition(), "petition").id();
        String oldFingerprint = applicationCipher.fingerprint(ID);
        long auditsBefore = reencryptionAudits();

        PersonalDataReencryption.Result result = runner(rotated(), 2).reencrypt();

        assertThat(result.keyVersion()).isEqualTo(2);
        assertThat(result.byColumn()).containsOnlyKeys("dispute_party.id_number", "dispute_party.phone",
                "expert.phone", "mediator.phone", "petitioner.id_number", "petitioner.phone");
        assertThat(result.byColumn().values()).allSatisfy(count -> assertThat(count.reencrypted()).isPositive());
        assertThat(result.byColumn().get("dispute_party.id_number").fingerprints()).isPositive();
        assertThat(result.byColumn().get("petitioner.id_number").fingerprints()).isPositive();
        assertThat(notUnder("v2:")).isEmpty();

        Map<String, Object> party = jdbc.queryForMap("select id_number, phone, id_number_fingerprint from dispute_party"
                + " where case_id = ? and position = 1", caseId);
        assertThat((String) party.get("id_number")).startsWith("v2:");
        assertThat(rotated().decrypt((String) party.get("id_number"))).isEqualTo(ID);
        assertThat((String) party.get("phone")).startsWith("v2:");
        assertThat(rotated().decrypt((String) party.get("phone"))).isEqualTo(PHONE);
        assertThat(party.get("id_number_fingerprint")).isEqualTo(rotated().fingerprint(ID)).isNotEqualTo(oldFingerprint);
        assertThat(jdbc.queryForList("select case_id from dispute_party where id_number_fingerprint = ?", Long.class,
                rotated().fingerprint(ID))).contains(caseId);
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where id_number_fingerprint = ?", Long.class,
                oldFingerprint)).isZero();
        // the application's own look-up (repeat petitions) finds the petitioner by the new fingerprint
        assertThat(petitions.findByPetitionerSince(List.of(rotated().fingerprint(PETITIONER_ID)),
                LocalDate.now().minusDays(1))).extracting("id").contains(petitionId);

        assertThat(reencryptionAudits()).isEqualTo(auditsBefore + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'PERSONAL_DATA_REENCRYPTED'"
                + " order by id desc fetch first 1 rows only", String.class))
                .contains("第 2 版密钥", "dispute_party.id_number 重新加密");

        // a second run finds nothing left to do
        assertThat(runner(rotated(), 500).reencrypt().byColumn().values())
                .allSatisfy(count -> assertThat(count.reencrypted() + count.fingerprints()).isZero());
    }

    @Test
    void shouldStopAtAValueItCannotReadKeepTheBatchesDoneAndContinueOnTheNextRun() {
        Long caseId = disputes.register(DisputeRequests.withApplicant(ID, PHONE), "intake").id();
        String phone = jdbc.queryForObject("select phone from dispute_party where case_id = ? and position = 1",
                String.class, caseId);
        jdbc.update("update dispute_party set phone = 'v7:AAAA' where case_id = ? and position = 1", caseId);
        try {
            assertThatThrownBy(() -> new PersonalDataReencryption(columns, jdbc, transactionManager,
                    rotated(), 1).run())
                    .hasMessageContaining("dispute_party.phone")
                    .hasMessageContaining("第 7 版密钥")
                    .hasMessageContaining("sandiao.personal-data.previous-keys.7");
            // the column before it was finished, each batch committed on its own
            assertThat(jdbc.queryForObject("select count(*) from dispute_party where id_number is not null"
                    + " and id_number not like 'v2:%'", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select phone from dispute_party where case_id = ? and position = 2",
                    String.class, caseId)).startsWith("v1:");
        } finally {
            jdbc.update("update dispute_party set phone = ? where case_id = ? and position = 1", phone, caseId);
        }

        PersonalDataReencryption.Result again = new PersonalDataReencryption(columns, jdbc, transactionManager,
                rotated(), 1).run();

        assertThat(again.byColumn().get("dispute_party.id_number").reencrypted()).isZero();
        assertThat(again.byColumn().get("dispute_party.phone").reencrypted()).isPositive();
        assertThat(notUnder("v2:")).isEmpty();
        assertThat(rotated().decrypt(jdbc.queryForObject("select phone from dispute_party where case_id = ?"
                + " and position = 1", String.class, caseId))).isEqualTo(PHONE);
    }

    /** The new keys as an operator configures them during the rotation: the old key kept as previous key 1. */
    private PersonalDataCipher rotated() {
        return new PersonalDataCipher(new PersonalDataKeys(2, NEW_KEY, Map.of(1, oldKey), NEW_FINGERPRINT_KEY));
    }

    private PersonalDataReencryptionRunner runner(PersonalDataCipher cipher, int batchSize) {
        return new PersonalDataReencryptionRunner(true,
                new PersonalDataReencryption(columns, jdbc, transactionManager, cipher, batchSize), auditLog, context);
    }

    /** Encrypted columns holding a value not under {@code prefix}, as {@code table.column}. */
    private List<String> notUnder(String prefix) {
        return columns.all().stream().filter(c -> jdbc.queryForObject("select count(*) from " + c.table() + " where "
                + c.column() + " is not null and " + c.column() + " not like ?", Long.class, prefix + "%") > 0)
                .map(EncryptedColumns.Column::label).toList();
    }

    private long reencryptionAudits() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_REENCRYPTED'",
                Long.class);
    }

    private static RegisterPetitionRequest petition() {
        return new RegisterPetitionRequest(PetitionForm.VISIT, PetitionCategory.CLAIM,
                List.of(new RegisterPetitionRequest.PetitionerInput("钱七", PETITIONER_ID, "13700137099")),
                "城关镇林业站", DisputeRequests.DONGCUN, "来访反映：要求补发补偿金", "要求补发补偿金", null);
    }
}
