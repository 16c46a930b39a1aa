package cn.sandiao.organization;

import cn.sandiao.common.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A member of an expert panel (专家库: lawyers, doctors, engineers …) that mediators consult. */
@Entity
public class Expert {

    @Id
    private String code;

    private String name;

    /** 职业, e.g. 律师. */
    private String profession;

    /** The field of expertise, as a dispute type. */
    private String field;

    /** Encrypted like the parties' phones. */
    @Convert(converter = EncryptedStringConverter.class)
    private String phone;

    /** The body whose panel it is on (the county centre), if the county names one. */
    @Column(name = "committee_code")
    private String committeeCode;

    private boolean active;

    protected Expert() {
    }

    public Expert(String code) {
        this.code = code;
        this.active = true;
    }

    void revise(String newName, String newProfession, String newField, String newPhone, String newCommitteeCode) {
        this.name = newName;
        this.profession = newProfession;
        this.field = newField;
        this.phone = newPhone;
        this.committeeCode = newCommitteeCode;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getProfession() {
        return profession;
    }

    public String getField() {
        return field;
    }

    public String getPhone() {
        return phone;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public boolean isActive() {
        return active;
    }
}
