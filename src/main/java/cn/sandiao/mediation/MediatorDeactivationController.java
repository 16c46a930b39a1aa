package cn.sandiao.mediation;

import cn.sandiao.workflow.CurrentActor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation administrator takes a mediator off the roster: first the open work it holds, then the
 * deactivation, which hands that work on. Under /api/organization: the administrators' part of the API.
 */
@RestController
class MediatorDeactivationController {

    private final MediatorDeactivation deactivation;
    private final CurrentActor actor;

    MediatorDeactivationController(MediatorDeactivation deactivation, CurrentActor actor) {
        this.deactivation = deactivation;
        this.actor = actor;
    }

    @GetMapping("/api/organization/mediators/{userId}/open-work")
    List<MediatorDeactivation.OpenWork> openWork(@PathVariable String userId) {
        return deactivation.openWorkOf(userId);
    }

    /** Body: {@code {"reassignTo": "<colleague's user id>"}}, or no colleague: back to the committee's queue. */
    @PostMapping("/api/organization/mediators/{userId}/deactivation")
    MediatorDeactivation.Outcome deactivate(@PathVariable String userId, @RequestBody(required = false) Request request) {
        return deactivation.deactivate(userId, request == null ? null : request.reassignTo(), actor.id());
    }

    record Request(String reassignTo) {
    }
}
