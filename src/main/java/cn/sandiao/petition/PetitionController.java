package cn.sandiao.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Petitions (信访): registered, evaluated and asked to be reviewed by the petition officers (access rules in
 * SecurityConfig), read within the office's region.
 */
@RestController
@RequestMapping("/api/petitions")
@Validated
class PetitionController {

    private final PetitionService petitions;
    private final PetitionEvaluations evaluations;
    private final PetitionReviews reviews;

    PetitionController(PetitionService petitions, PetitionEvaluations evaluations, PetitionReviews reviews) {
        this.petitions = petitions;
        this.evaluations = evaluations;
        this.reviews = reviews;
    }

    @PostMapping
    ResponseEntity<PetitionViews.Registered> register(@Valid @RequestBody RegisterPetitionRequest request,
                                                      Principal principal) {
        PetitionViews.Registered registered = petitions.register(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/petitions/" + registered.id())).body(registered);
    }

    @GetMapping("/{id}")
    PetitionViews.Detail detail(@PathVariable Long id) {
        return petitions.detail(id);
    }

    @GetMapping
    PetitionViews.Page<PetitionViews.Summary> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "页码不能为负数") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页至少1条")
            @Max(value = 200, message = "每页最多200条") int size) {
        return petitions.list(page, size);
    }

    @GetMapping("/{id}/timeline")
    List<PetitionViews.TimelineEntry> timeline(@PathVariable Long id) {
        return petitions.timeline(id);
    }

    /** The petitioner's evaluation of the reply, while the process waits for it; 409 otherwise. */
    @PostMapping("/{id}/evaluation")
    PetitionViews.Detail evaluate(@PathVariable Long id, @Valid @RequestBody EvaluationRequest request) {
        return evaluations.evaluate(id, request);
    }

    /** A request for review (复查), within 30 days of the written reply; 409 outside that window. */
    @PostMapping("/{id}/review-requests")
    PetitionViews.Detail requestReview(@PathVariable Long id, @Valid @RequestBody ReviewRequest request) {
        return reviews.request(id, ReviewLevel.REVIEW, request);
    }

    /** A request for re-review (复核), within 30 days of the review opinion; 409 outside that window. */
    @PostMapping("/{id}/re-review-requests")
    PetitionViews.Detail requestReReview(@PathVariable Long id, @Valid @RequestBody ReviewRequest request) {
        return reviews.request(id, ReviewLevel.RE_REVIEW, request);
    }
}
