package cn.sandiao.petition;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PetitionMapper {

    @Mapping(target = "statusLabel", expression = "java(petition.getStatus().label())")
    @Mapping(target = "formLabel", expression = "java(petition.getForm().label())")
    @Mapping(target = "categoryLabel", expression = "java(petition.getCategory().label())")
    PetitionViews.Detail detail(Petition petition);

    PetitionViews.PetitionerView petitioner(Petitioner petitioner);

    PetitionViews.Summary summary(Petition petition);

    PetitionViews.Registered registered(Petition petition);

    @Mapping(target = "time", source = "occurredAt")
    PetitionViews.TimelineEntry timelineEntry(PetitionEvent event);
}
