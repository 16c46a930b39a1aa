package cn.sandiao.dispute;

import cn.sandiao.common.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A party to a dispute: a natural person (ID number) or an organisation (unified social credit code). */
@Entity
@Table(name = "dispute_party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private DisputeCase disputeCase;

    private int position;

    @Enumerated(EnumType.STRING)
    private PartyRole role;

    @Enumerated(EnumType.STRING)
    private PartyKind kind;

    private String name;

    @Column(name = "id_number")
    @Convert(converter = EncryptedStringConverter.class)
    private String idNumber;

    /** Keyed fingerprint of the ID number: finds a person's other cases without the plain number. */
    @Column(name = "id_number_fingerprint")
    private String idNumberFingerprint;

    @Column(name = "credit_code")
    private String creditCode;

    @Convert(converter = EncryptedStringConverter.class)
    private String phone;

    protected Party() {
    }

    Party(PartyRole role, PartyKind kind, String name, String idNumber, String idNumberFingerprint,
          String creditCode, String phone) {
        this.role = role;
        this.kind = kind;
        this.name = name;
        this.idNumber = idNumber;
        this.idNumberFingerprint = idNumberFingerprint;
        this.creditCode = creditCode;
        this.phone = phone;
    }

    void attachTo(DisputeCase disputeCase, int position) {
        this.disputeCase = disputeCase;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public PartyRole getRole() {
        return role;
    }

    public PartyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getPhone() {
        return phone;
    }
}
