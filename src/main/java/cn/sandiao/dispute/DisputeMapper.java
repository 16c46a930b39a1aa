package cn.sandiao.dispute;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface DisputeMapper {

    @Mapping(target = "statusLabel", expression = "java(disputeCase.getStatus().label())")
    @Mapping(target = "typeLabel", expression = "java(disputeCase.getType().label())")
    @Mapping(target = "resultLabel",
            expression = "java(disputeCase.getResult() == null ? null : disputeCase.getResult().label())")
    DisputeViews.Detail detail(DisputeCase disputeCase);

    DisputeViews.PartyView party(Party party);

    DisputeViews.Summary summary(DisputeCase disputeCase);

    @Mapping(target = "time", source = "occurredAt")
    @Mapping(target = "typeLabel", expression = "java(event.getType().label())")
    DisputeViews.TimelineEntry timelineEntry(CaseEvent event);

    DisputeViews.Registered registered(DisputeCase disputeCase);
}
