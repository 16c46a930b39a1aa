package cn.sandiao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PetitionEventTypeTest {

    @ParameterizedTest
    @EnumSource(PetitionEventType.class)
    void shouldFitTheStoredColumnAndHaveAChineseLabel(PetitionEventType type) {
        assertThat(type.name()).hasSizeLessThanOrEqualTo(40); // petition_event.event_type
        assertThat(type.label()).matches("\\p{IsHan}+");
    }

    /** The synthetic data writes an end's status name as the step's type: each must read back as a step. */
    @ParameterizedTest
    @EnumSource(value = PetitionStatus.class, names = {"CLOSED", "FINAL", "GUIDED", "TRANSFERRED", "NOT_ACCEPTED_AGAIN"})
    void shouldEndWithTheStepOfTheSameName(PetitionStatus end) {
        assertThat(PetitionEventType.endedAs(end).name()).isEqualTo(end.name());
        assertThat(EnumSet.allOf(PetitionEventType.class)).extracting(Enum::name).contains(end.name());
    }
}
