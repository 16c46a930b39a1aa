package cn.sandiao.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One loaded version of a year's holiday schedule, with the notice it comes from and who loaded it when. */
@Entity
@Table(name = "holiday_calendar")
public class HolidayCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_year")
    private int year;

    private int version;

    @Column(name = "source_title")
    private String sourceTitle;

    @Column(name = "source_number")
    private String sourceNumber;

    @Column(name = "source_published")
    private LocalDate sourcePublished;

    @Column(name = "source_url")
    private String sourceUrl;

    /** The days as JSON (see V12), read and written by {@link HolidayCalendars}. */
    private String content;

    @Column(name = "loaded_by")
    private String loadedBy;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    protected HolidayCalendar() {
    }

    HolidayCalendar(int year, int version, HolidayCalendarInput.Source source, String content, String loadedBy,
                    Instant loadedAt) {
        this.year = year;
        this.version = version;
        this.sourceTitle = source.title().strip();
        this.sourceNumber = source.number();
        this.sourcePublished = source.published();
        this.sourceUrl = source.url();
        this.content = content;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getVersion() {
        return version;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public String getSourceNumber() {
        return sourceNumber;
    }

    public LocalDate getSourcePublished() {
        return sourcePublished;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    String getContent() {
        return content;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
