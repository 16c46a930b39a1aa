package cn.sandiao.petition;

import cn.sandiao.common.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person who brought the petition; ID number and phone encrypted at rest. */
@Entity
@Table(name = "petitioner")
public class Petitioner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;

    private int position;

    private String name;

    @Column(name = "id_number")
    @Convert(converter = EncryptedStringConverter.class)
    private String idNumber;

    /** Keyed fingerprint of the ID number: finds the person's earlier petitions without the plain number. */
    @Column(name = "id_number_fingerprint")
    private String idNumberFingerprint;

    @Convert(converter = EncryptedStringConverter.class)
    private String phone;

    protected Petitioner() {
    }

    Petitioner(String name, String idNumber, String idNumberFingerprint, String phone) {
        this.name = name;
        this.idNumber = idNumber;
        this.idNumberFingerprint = idNumberFingerprint;
        this.phone = phone;
    }

    void attachTo(Petition petition, int position) {
        this.petition = petition;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getIdNumberFingerprint() {
        return idNumberFingerprint;
    }

    public String getPhone() {
        return phone;
    }
}
