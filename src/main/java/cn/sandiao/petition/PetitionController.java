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

/** Petitions (信访): registered by the petition officers (access rule in SecurityConfig), read within the office's region. */
@RestController
@RequestMapping("/api/petitions")
@Validated
class PetitionController {

    private final PetitionService petitions;

    PetitionController(PetitionService petitions) {
        this.petitions = petitions;
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
}
