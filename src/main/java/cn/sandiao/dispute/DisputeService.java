package cn.sandiao.dispute;

import cn.sandiao.common.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and reading of dispute cases. */
@Service
public class DisputeService {

    private final DisputeRegistration registration;
    private final DisputeCaseRepository cases;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final DisputeMapper mapper;

    DisputeService(DisputeRegistration registration, DisputeCaseRepository cases, CaseTimeline timeline,
                   RuntimeService runtimeService, DisputeMapper mapper) {
        this.registration = registration;
        this.cases = cases;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.mapper = mapper;
    }

    /** Stores the case and starts its process in one transaction: either both exist or neither. */
    @Transactional
    public DisputeViews.Registered register(RegisterDisputeRequest request, String actor) {
        DisputeCase disputeCase = registration.create(request, actor);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(DisputeCaseProcess.KEY,
                disputeCase.getCaseNo(), registration.processVariables(disputeCase));
        disputeCase.linkProcess(instance.getId());
        return mapper.registered(disputeCase);
    }

    @Transactional(readOnly = true)
    public DisputeViews.Detail detail(Long id) {
        return mapper.detail(find(id));
    }

    @Transactional(readOnly = true)
    public DisputeViews.Page<DisputeViews.Summary> list(DisputeQuery query) {
        var page = cases.findAll(query.specification(), PageRequest.of(query.pageOrFirst(), query.sizeOrDefault(),
                Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return new DisputeViews.Page<>(page.map(mapper::summary).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    @Transactional(readOnly = true)
    public List<DisputeViews.TimelineEntry> timeline(Long id) {
        find(id);
        return timeline.of(id).stream().map(mapper::timelineEntry).toList();
    }

    private DisputeCase find(Long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("案件不存在：" + id));
    }
}
