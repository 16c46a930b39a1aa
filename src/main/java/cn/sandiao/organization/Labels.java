package cn.sandiao.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the spreadsheet writes and reads values: enumerations by their Chinese label (the name is accepted too),
 * dates as yyyy-MM-dd, lists of dispute types joined by "、", yes/no as 是/否. Export writes exactly what import
 * reads back, so a file exported and uploaded again changes nothing.
 */
final class Labels {

    static final String YES = "是";
    static final String NO = "否";
    private static final String LIST_SEPARATOR = "、";
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    private final Map<String, String> disputeTypes;
    private final Map<String, String> disputeTypeByLabel = new LinkedHashMap<>();

    Labels(DisputeTypes types) {
        this.disputeTypes = types.labelsByName();
        disputeTypes.forEach((name, label) -> disputeTypeByLabel.put(label, name));
    }

    /** The drop-down lists of the template, by heading. */
    Map<String, List<String>> choices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put(OrganizationSheet.Col.ACTIVE, List.of(YES, NO));
        choices.put(OrganizationSheet.Col.KIND, labels(CommitteeKind.values(), CommitteeKind::label));
        choices.put(OrganizationSheet.Col.GENDER, labels(Gender.values(), Gender::label));
        choices.put(OrganizationSheet.Col.ROLE, labels(MediatorRole.values(), MediatorRole::label));
        choices.put(OrganizationSheet.Col.EMPLOYMENT, labels(Employment.values(), Employment::label));
        choices.put(OrganizationSheet.Col.FIELD, List.copyOf(disputeTypes.values()));
        return choices;
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /** Empty means yes: a new row is active unless it says otherwise. */
    static Optional<Boolean> parseYesNo(String text) {
        return switch (text) {
            case "", YES, "Y", "y", "TRUE", "true" -> Optional.of(true);
            case NO, "N", "n", "FALSE", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> label.apply(e).equals(text) || e.name().equals(text)).findFirst();
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    String disputeType(String name) {
        return name == null ? "" : disputeTypes.getOrDefault(name, name);
    }

    Optional<String> parseDisputeType(String text) {
        if (disputeTypes.containsKey(text)) {
            return Optional.of(text);
        }
        return Optional.ofNullable(disputeTypeByLabel.get(text));
    }

    /** Labels in the catalogue's order, so that the same set is always written alike. */
    String disputeTypeList(Collection<String> names) {
        return disputeTypes.keySet().stream().filter(names::contains).map(disputeTypes::get)
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** The items of a list cell, split at 、 , ， ; ； or spaces. */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split("[、,，;；\\s]+")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
