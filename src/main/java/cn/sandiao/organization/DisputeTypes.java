package cn.sandiao.organization;

import java.util.Map;

/**
 * The dispute types a committee or a mediator can be named for, by name with their Chinese labels. The types
 * belong to the dispute module, which uses this one: it offers them through this interface so that the
 * organisation's spreadsheet can check them without a dependency cycle.
 */
public interface DisputeTypes {

    /** Every type, name → label, in the order users see them. */
    Map<String, String> labelsByName();
}
