package cn.sandiao.dispute;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The court hands a case to a mediation body of its county (诉调对接): 委派 before filing, 委托 after. */
@RestController
class CourtEntrustmentController {

    private final CourtEntrustments entrustments;

    CourtEntrustmentController(CourtEntrustments entrustments) {
        this.entrustments = entrustments;
    }

    @PostMapping("/api/court/entrustments")
    ResponseEntity<DisputeViews.Registered> entrust(@Valid @RequestBody EntrustCaseRequest request, Principal principal) {
        DisputeViews.Registered registered = entrustments.entrust(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/disputes/" + registered.id())).body(registered);
    }
}
