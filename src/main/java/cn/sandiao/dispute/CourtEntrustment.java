package cn.sandiao.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What the court stated when it handed the case to a mediation body: its own case number, 委派 or 委托 (with the
 * procedure of a filed case), the body, and the day the body signed for the materials, from which the
 * mediation's limit counts.
 */
@Embeddable
public class CourtEntrustment {

    @Column(name = "court_case_no")
    private String courtCaseNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "entrustment_kind")
    private EntrustmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "court_procedure")
    private CourtProcedure procedure;

    @Column(name = "entrusted_committee")
    private String committeeCode;

    @Column(name = "materials_signed_on")
    private LocalDate materialsSignedOn;

    protected CourtEntrustment() {
    }

    CourtEntrustment(String courtCaseNo, EntrustmentKind kind, CourtProcedure procedure, String committeeCode,
                     LocalDate materialsSignedOn) {
        this.courtCaseNo = courtCaseNo;
        this.kind = kind;
        this.procedure = procedure;
        this.committeeCode = committeeCode;
        this.materialsSignedOn = materialsSignedOn;
    }

    public String getCourtCaseNo() {
        return courtCaseNo;
    }

    public EntrustmentKind getKind() {
        return kind;
    }

    public CourtProcedure getProcedure() {
        return procedure;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public LocalDate getMaterialsSignedOn() {
        return materialsSignedOn;
    }

    /** 委派调解 or 委托调解（普通程序/简易程序）, as users read it. */
    public String describe() {
        return procedure == null ? kind.label() : kind.label().replace("）", "，" + procedure.label() + "）");
    }
}
