package cn.sandiao.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * Levels of the region tree by the national statistical division code: a city (地级市, 4 digits) where one
 * system serves all its counties, the county (6), the township (9), the village (12). A child's code starts
 * with its parent's, so the level follows from the code's length.
 */
public enum RegionLevel {
    CITY("地级市", 4),
    COUNTY("县", 6),
    TOWNSHIP("乡镇（街道）", 9),
    VILLAGE("村（社区）", 12);

    private final String label;
    private final int codeLength;

    RegionLevel(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    public String label() {
        return label;
    }

    public int codeLength() {
        return codeLength;
    }

    public static Optional<RegionLevel> ofCode(String code) {
        return Arrays.stream(values()).filter(level -> level.codeLength == code.length()).findFirst();
    }

    /** The level of a parent: none above a city. */
    public Optional<RegionLevel> parentLevel() {
        return switch (this) {
            case CITY -> Optional.empty();
            case COUNTY -> Optional.of(CITY);
            case TOWNSHIP -> Optional.of(COUNTY);
            case VILLAGE -> Optional.of(TOWNSHIP);
        };
    }
}
