package cn.sandiao.petition;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PetitionMapper {

    @Mapping(target = "statusLabel", expression = "java(petition.getStatus().label())")
    @Mapping(target = "formLabel", expression = "java(petition.getForm().label())")
    @Mapping(target = "categoryLabel", expression = "java(petition.getCategory().label())")
    @Mapping(target = "notices", source = "notices")
    @Mapping(target = "reviews", source = "reviews")
    PetitionViews.Detail detail(Petition petition, List<PetitionNotice> notices, List<PetitionReview> reviews);

    @Mapping(target = "kindLabel", expression = "java(notice.getKind().label())")
    PetitionViews.NoticeView notice(PetitionNotice notice);

    PetitionViews.ReviewView review(PetitionReview review);

    PetitionViews.PetitionerView petitioner(Petitioner petitioner);

    PetitionViews.Summary summary(Petition petition);

    PetitionViews.Registered registered(Petition petition);

    @Mapping(target = "time", source = "occurredAt")
    @Mapping(target = "typeLabel", expression = "java(event.getType().label())")
    PetitionViews.TimelineEntry timelineEntry(PetitionEvent event);
}
