package cn.sandiao.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A people's mediator on a committee's roster; {@code userId} is the Camunda user. */
@Entity
public class Mediator {

    @Id
    @Column(name = "user_id")
    private String userId;

    private String name;

    @Column(name = "committee_code")
    private String committeeCode;

    private boolean active;

    protected Mediator() {
    }

    public Mediator(String userId, String name, String committeeCode) {
        this.userId = userId;
        this.name = name;
        this.committeeCode = committeeCode;
        this.active = true;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public boolean isActive() {
        return active;
    }
}
