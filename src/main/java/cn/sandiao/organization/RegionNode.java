package cn.sandiao.organization;

import java.util.List;

/** A region with its children, as {@code GET /api/regions} returns it. */
public record RegionNode(String code, String name, RegionLevel level, List<RegionNode> children) {
}
