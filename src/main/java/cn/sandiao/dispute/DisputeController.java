package cn.sandiao.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disputes")
@Validated
class DisputeController {

    private final DisputeService disputes;

    DisputeController(DisputeService disputes) {
        this.disputes = disputes;
    }

    @PostMapping
    ResponseEntity<DisputeViews.Registered> register(@Valid @RequestBody RegisterDisputeRequest request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false)
                                                     @Size(max = 100, message = "幂等键不能超过100个字符")
                                                     String idempotencyKey,
                                                     Principal principal) {
        DisputeService.Registration registration = disputes.register(request, principal.getName(), idempotencyKey);
        DisputeViews.Registered registered = registration.registered();
        if (registration.replayed()) { // a retry: the case already exists, answer as the first time did
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(registered);
        }
        return ResponseEntity.created(URI.create("/api/disputes/" + registered.id())).body(registered);
    }

    @GetMapping("/{id}")
    DisputeViews.Detail detail(@PathVariable Long id) {
        return disputes.detail(id);
    }

    @GetMapping
    DisputeViews.Page<DisputeViews.Summary> list(@Valid DisputeQuery query) {
        return disputes.list(query);
    }

    @GetMapping("/{id}/timeline")
    List<DisputeViews.TimelineEntry> timeline(@PathVariable Long id) {
        return disputes.timeline(id);
    }
}
