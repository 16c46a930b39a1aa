package cn.sandiao.dispute;

import cn.sandiao.organization.DisputeTypes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Offers the dispute types to the organisation's spreadsheet (committees' fields, mediators' expertise). */
@Component
class DisputeTypeCatalogue implements DisputeTypes {

    @Override
    public Map<String, String> labelsByName() {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(DisputeType.values()).forEach(type -> labels.put(type.name(), type.label()));
        return labels;
    }
}
