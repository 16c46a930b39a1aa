package cn.sandiao.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** The case a client's Idempotency-Key created, so that a retried registration answers with it again. */
@Entity
@Table(name = "registration_key")
class RegistrationKey implements Persistable<RegistrationKey.Id> {

    @Embeddable
    record Id(@Column(name = "user_id") String userId, @Column(name = "idem_key") String key) implements Serializable {
    }

    @EmbeddedId
    private Id id;

    @Column(name = "request_hash")
    private String requestHash;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected RegistrationKey() {
    }

    RegistrationKey(Id id, String requestHash, Long caseId, Instant createdAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    @Override
    public Id getId() {
        return id;
    }

    /** Always inserted, never merged: a concurrent second insert must fail on the key, not overwrite it. */
    @Override
    public boolean isNew() {
        return true;
    }

    String getRequestHash() {
        return requestHash;
    }

    Long getCaseId() {
        return caseId;
    }
}
