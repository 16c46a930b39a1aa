package cn.sandiao.organization;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/regions")
class RegionController {

    private final RegionService regionService;
    private final UserScopes userScopes;

    RegionController(RegionService regionService, UserScopes userScopes) {
        this.regionService = regionService;
        this.userScopes = userScopes;
    }

    @GetMapping
    List<RegionNode> tree() {
        return regionService.tree();
    }

    /** The active regions of the caller's part of the organisation, where it registers cases (the village picker). */
    @GetMapping("/mine")
    List<RegionNode> mine() {
        return regionService.activeTreeFor(userScopes.current());
    }
}
