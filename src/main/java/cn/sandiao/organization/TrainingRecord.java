package cn.sandiao.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One training a mediator attended: the day, the hours (学时) and the topic. */
@Embeddable
public class TrainingRecord {

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    private BigDecimal hours;

    private String topic;

    protected TrainingRecord() {
    }

    public TrainingRecord(LocalDate trainedOn, BigDecimal hours, String topic) {
        this.trainedOn = trainedOn;
        this.hours = hours;
        this.topic = topic;
    }

    /** A training is the same one when it has the same day and topic; its hours may be corrected. */
    public boolean sameTraining(LocalDate day, String otherTopic) {
        return trainedOn.equals(day) && topic.equals(otherTopic);
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getTopic() {
        return topic;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingRecord t && trainedOn.equals(t.trainedOn) && topic.equals(t.topic)
                && hours.compareTo(t.hours) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainedOn, topic);
    }
}
