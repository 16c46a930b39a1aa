package cn.sandiao.organization;

import java.util.List;

/**
 * The stored organisation as spreadsheet rows, in each sheet's heading order and in the form import reads:
 * export writes these rows, and import compares an uploaded row with them to tell a change from none.
 */
final class OrganizationRows {

    private final Labels labels;

    OrganizationRows(Labels labels) {
        this.labels = labels;
    }

    List<String> of(Region region) {
        return List.of(region.getCode(), region.getName(), nullToEmpty(region.getParentCode()),
                Labels.yesNo(region.isActive()));
    }

    List<String> of(Committee committee) {
        return List.of(committee.getCode(), committee.getName(), committee.getKind().label(),
                committee.getRegionCode(), labels.disputeType(committee.getSpecialty()),
                labels.disputeTypeList(committee.getDisputeTypes()), Labels.yesNo(committee.isActive()));
    }

    List<String> of(Mediator mediator) {
        return List.of(mediator.getUserId(), mediator.getName(),
                mediator.getGender() == null ? "" : mediator.getGender().label(), mediator.getCommitteeCode(),
                mediator.getRole() == null ? "" : mediator.getRole().label(),
                mediator.getEmployment() == null ? "" : mediator.getEmployment().label(),
                nullToEmpty(mediator.getPhone()), labels.disputeTypeList(mediator.getExpertise()),
                Labels.date(mediator.getActiveFrom()), Labels.date(mediator.getActiveTo()),
                Labels.yesNo(mediator.isActive()));
    }

    static List<String> of(Mediator mediator, TrainingRecord training) {
        return List.of(mediator.getUserId(), Labels.date(training.getTrainedOn()), Labels.hours(training.getHours()),
                training.getTopic());
    }

    List<String> of(Expert expert) {
        return List.of(expert.getCode(), expert.getName(), expert.getProfession(), labels.disputeType(expert.getField()),
                nullToEmpty(expert.getPhone()), nullToEmpty(expert.getCommitteeCode()), Labels.yesNo(expert.isActive()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
