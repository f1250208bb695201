using KoNewsParse.Dates;
using static KoNewsParse.Tests.Dates.DateTestHelpers;

namespace KoNewsParse.Tests.Dates;

/// <summary>Mentions found in running text: clause tense, offsets, connectors, time of day, durations and non-dates.</summary>
public class KoreanDateParserFindAllTests
{
    private static readonly KoreanDateParser Parser = KoreanDateParser.Default;

    // Reference 2021-11-25 (Thursday) unless stated.
    [Theory]
    [InlineData("2021-11-25", "회사는 23일 실적을 발표했다.", "23일", "2021-11-23")]
    [InlineData("2021-11-25", "회사는 28일 실적을 발표했다.", "28일", "2021-10-28")]
    [InlineData("2021-11-25", "회사는 28일 실적을 발표할 예정이다.", "28일", "2021-11-28")]
    [InlineData("2021-11-25", "조합은 23일 총회를 열 계획이다.", "23일", "2021-12-23")]
    [InlineData("2021-11-25", "새 모델은 23일 출시된다.", "23일", "2021-12-23")]
    [InlineData("2021-11-25", "업체는 23일 신제품을 출시한다고 밝혔다.", "23일", "2021-12-23")]
    [InlineData("2021-11-25", "3일 열린 이사회에서 안건이 통과됐다.", "3일", "2021-11-03")]
    [InlineData("2021-11-25", "26일 기념식이 열렸다.", "26일", "2021-10-26")]
    [InlineData("2021-11-25", "24일 이 회사 주가는 3% 올랐다.", "24일", "2021-11-24")]
    [InlineData("2021-11-25", "30일 결과를 공개하겠다고 말했다.", "30일", "2021-11-30")]
    [InlineData("2021-11-25", "22일 결과를 공개하겠다고 말했다.", "22일", "2021-12-22")]
    [InlineData("2021-11-25", "30일 이사회가 있다.", "30일", "2021-11-30")] // 있다 is not a tense marker: nearest
    [InlineData("2021-11-25", "26일 행사. 이어 본사는 결과를 발표했다.", "26일", "2021-11-26")] // the tense of the next sentence does not count
    [InlineData("2021-11-25", "11월 25일 기자회견을 열었다.", "11월 25일", "2021-11-25")]
    [InlineData("2021-11-25", "1월 10일 기자회견을 열었다.", "1월 10일", "2021-01-10")]
    [InlineData("2021-11-25", "1월 10일 기자회견을 연다.", "1월 10일", "2022-01-10")]
    [InlineData("2021-11-25", "12월 1일 설명회를 개최했다.", "12월 1일", "2020-12-01")]
    [InlineData("2021-11-25", "12월 1일 설명회를 개최할 방침이다.", "12월 1일", "2021-12-01")]
    [InlineData("2024-01-05", "28일 공시를 냈다.", "28일", "2023-12-28")]
    [InlineData("2024-01-05", "28일 공시할 것으로 보인다.", "28일", "2024-01-28")]
    [InlineData("2024-02-29", "31일 회의를 열었다.", "31일", "2024-01-31")]
    [InlineData("2024-02-29", "31일 회의를 열 예정이다.", "31일", "2024-03-31")]
    public void Bare_days_take_direction_from_the_clause_tense(string reference, string sentence, string text, string expected)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D(reference)));
        Assert.Equal(text, m.Text);
        Assert.Equal(D(expected), m.Start);
        Assert.Equal(D(expected), m.End);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("2021-11-25", "4월 신제품을 공개했다.", "2021-04-01", "2021-04-30")]
    [InlineData("2021-11-25", "4월 신제품을 공개할 계획이다.", "2022-04-01", "2022-04-30")]
    [InlineData("2021-11-25", "12월 신제품을 공개했다.", "2020-12-01", "2020-12-31")]
    [InlineData("2021-11-25", "12월 신제품을 공개할 예정이다.", "2021-12-01", "2021-12-31")]
    [InlineData("2021-11-25", "5월 신제품을 공개", "2022-05-01", "2022-05-31")]
    [InlineData("2024-01-20", "4분기 영업이익은 1조원을 기록했다.", "2023-10-01", "2023-12-31")]
    [InlineData("2024-05-20", "1분기 영업이익은 1조원을 기록했다.", "2024-01-01", "2024-03-31")]
    [InlineData("2024-01-20", "하반기 수주가 늘었다.", "2023-07-01", "2023-12-31")]
    [InlineData("2024-01-20", "하반기 수주가 늘어날 전망이다.", "2024-07-01", "2024-12-31")]
    [InlineData("2024-01-10", "연말 배당을 지급했다.", "2023-10-01", "2023-12-31")]
    public void Bare_months_and_periods_take_direction_from_the_clause_tense(string reference, string sentence, string start, string end)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D(reference)));
        Assert.Equal(D(start), m.Start);
        Assert.Equal(D(end), m.End);
    }

    [Fact]
    public void Clause_tense_can_be_switched_off()
    {
        var parser = new KoreanDateParser(new KoreanDateParserOptions { UseClauseTense = false });
        DateMention m = Assert.Single(parser.FindAll("회사는 28일 실적을 발표했다.", D("2021-11-25")));
        Assert.Equal(D("2021-11-28"), m.Start);
    }

    [Fact]
    public void Mentions_report_offsets_lengths_and_text_in_order()
    {
        const string s = "삼성전자는 지난 23일 300억원 규모의 투자를 발표했고, 오는 30일까지 신청을 받는다.";
        IReadOnlyList<DateMention> ms = Parser.FindAll(s, D("2021-11-25"));
        Assert.Equal(2, ms.Count);
        Assert.Equal("지난 23일", ms[0].Text);
        Assert.Equal(s.IndexOf("지난", StringComparison.Ordinal), ms[0].Offset);
        Assert.Equal(6, ms[0].Length);
        Assert.Equal(D("2021-11-23"), ms[0].Start);
        Assert.Equal(DateMentionKind.Date, ms[0].Kind);
        Assert.Equal("오는 30일까지", ms[1].Text);
        Assert.Equal(s.IndexOf("오는", StringComparison.Ordinal), ms[1].Offset);
        Assert.Null(ms[1].Start);
        Assert.Equal(D("2021-11-30"), ms[1].End);
        Assert.True(ms[1].IsOpenStart);
        Assert.False(ms[1].IsOpenEnd);
        Assert.Equal(DateMentionKind.Range, ms[1].Kind);
        foreach (DateMention m in ms)
        {
            Assert.Equal(m.Text, s.Substring(m.Offset, m.Length));
        }
    }

    [Fact]
    public void Offsets_can_be_shifted_with_a_with_expression()
    {
        DateMention m = Assert.Single(Parser.FindAll("이날 공시", D("2021-11-25")));
        DateMention shifted = m with { Offset = m.Offset + 100 };
        Assert.Equal(100, shifted.Offset);
        Assert.Equal(m.Text, shifted.Text);
        Assert.Equal(m.Start, shifted.Start);
        Assert.NotEqual(m, shifted);
        Assert.Equal(m, m with { });
    }

    [Fact]
    public void Span_and_string_overloads_agree()
    {
        const string s = "지난해 4분기 매출은 올 1분기보다 많았다. 다음 달 3일 발표";
        Assert.Equal(Parser.FindAll(s, D("2021-11-25")), Parser.FindAll(s.AsSpan(), D("2021-11-25")));
    }

    [Fact]
    public void Range_with_both_ends_is_one_mention()
    {
        DateMention m = Assert.Single(Parser.FindAll("행사는 19일부터 30일까지 열린다.", D("2021-12-01")));
        Assert.Equal("19일부터 30일까지", m.Text);
        Assert.Equal(DateMentionKind.Range, m.Kind);
        Assert.Equal(D("2021-12-19"), m.Start);
        Assert.Equal(D("2021-12-30"), m.End);
    }

    [Theory]
    [InlineData("2021년 11월 25일 오후 2시 30분~2023년 1월 3일 행사", "2021년 11월 25일 오후 2시 30분~2023년 1월 3일", "2021-11-25", "2023-01-03", "14:30")]
    [InlineData("2021년 11월 25일 오후 2시 30분 ~ 2023년 1월 3일 행사", "2021년 11월 25일 오후 2시 30분 ~ 2023년 1월 3일", "2021-11-25", "2023-01-03", "14:30")]
    [InlineData("11월 25일 오후 2시~1월 3일 오후 6시까지 접수", "11월 25일 오후 2시~1월 3일 오후 6시까지", "2021-11-25", "2022-01-03", "14:00")]
    [InlineData("25일 14:00~27일 행사를 연다", "25일 14:00~27일", "2021-11-25", "2021-11-27", "14:00")]
    [InlineData("2021년 11월 25일~2023년 1월 3일 행사", "2021년 11월 25일~2023년 1월 3일", "2021-11-25", "2023-01-03", null)]
    public void Tilde_range_keeps_the_end_date_whole_after_a_start_time(string sentence, string text, string start, string end, string? time)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(DateMentionKind.Range, m.Kind);
        Assert.Equal(D(start), m.Start);
        Assert.Equal(D(end), m.End);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), m.Time);
    }

    [Theory]
    [InlineData("25일 오후 2시~3시 행사", "25일 오후 2시")] // a time range within the day: the mention is the day and its start time
    public void Tilde_after_a_time_without_a_later_date_is_no_range(string sentence, string text)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(DateMentionKind.Date, m.Kind);
    }

    [Theory]
    [InlineData("2021-11-25", "지난 주말 집회가 열렸다.", "지난 주말", "2021-11-20", "2021-11-21")] // Thursday
    [InlineData("2021-11-25", "지난주말 매출이 늘었다.", "지난주말", "2021-11-20", "2021-11-21")]
    [InlineData("2021-11-25", "이번 주말에 행사가 열린다.", "이번 주말", "2021-11-27", "2021-11-28")]
    [InlineData("2021-11-25", "다음 주말 개장한다.", "다음 주말", "2021-12-04", "2021-12-05")]
    [InlineData("2021-11-28", "지난 주말 집회가 열렸다.", "지난 주말", "2021-11-20", "2021-11-21")] // on a Sunday: the week before's
    [InlineData("2021-11-29", "지난 주말 집회가 열렸다.", "지난 주말", "2021-11-27", "2021-11-28")] // on a Monday: the two days before
    public void Weekend_is_the_saturday_and_sunday_of_that_week(string reference, string sentence, string text, string start, string end)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D(reference)));
        Assert.Equal(text, m.Text);
        Assert.Equal((D(start), D(end), DateGranularity.Day), (m.Start, m.End, m.Granularity));
    }

    [Theory]
    [InlineData("12월 첫째 주 분양 물량이 늘어난다.", "12월 첫째 주", "2021-11-29", "2021-12-05")] // 1 Dec is a Wednesday: its week holds the first Thursday
    [InlineData("12월 둘째주에 열린다.", "12월 둘째주", "2021-12-06", "2021-12-12")]
    [InlineData("이달 셋째 주 발표했다.", "이달 셋째 주", "2021-11-15", "2021-11-21")]
    [InlineData("지난달 마지막 주 매출이 줄었다.", "지난달 마지막 주", "2021-10-25", "2021-10-31")]
    [InlineData("2021년 12월 다섯째 주 일정", "2021년 12월 다섯째 주", "2021-12-27", "2022-01-02")] // a week may end in the next month
    [InlineData("2022년 1월 첫 주 출시", "2022년 1월 첫 주", "2022-01-03", "2022-01-09")] // 1 Jan is a Saturday: that week is December's
    [InlineData("12월 첫주 출시", "12월 첫주", "2021-11-29", "2021-12-05")]
    public void Week_of_the_month_is_the_monday_to_sunday_week_holding_its_nth_thursday(string sentence, string text, string start, string end)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal((D(start), D(end), DateGranularity.Week), (m.Start, m.End, m.Granularity));
    }

    [Fact]
    public void Week_of_the_month_with_a_weekday_is_that_day()
    {
        DateMention m = Assert.Single(Parser.FindAll("다음 달 첫째 주 월요일 발표한다.", D("2021-11-25")));
        Assert.Equal(("다음 달 첫째 주 월요일", D("2021-11-29"), DateGranularity.Day), (m.Text, m.Start, m.Granularity));
    }

    [Theory]
    [InlineData("11월 마지막 주말 행사가 열린다.", "11월 마지막 주말", "2021-11-27", "2021-11-28")]
    [InlineData("다음 달 둘째 주말에 연다.", "다음 달 둘째 주말", "2021-12-11", "2021-12-12")]
    [InlineData("2022년 1월 첫째 주말 개장", "2022년 1월 첫째 주말", "2022-01-01", "2022-01-02")] // 1 Jan is a Saturday: weekends count Saturdays
    [InlineData("2022년 4월 마지막 주말 공연", "2022년 4월 마지막 주말", "2022-04-30", "2022-05-01")] // its Sunday is in May
    [InlineData("12월 첫째 주 주말 공연", "12월 첫째 주 주말", "2021-12-04", "2021-12-05")] // the weekend of the first week (Nov 29 – Dec 5)
    [InlineData("이달 셋째 주말", "이달 셋째 주말", "2021-11-20", "2021-11-21")]
    public void Weekend_of_the_month_is_counted_by_its_saturdays(string sentence, string text, string start, string end)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal((D(start), D(end), DateGranularity.Day), (m.Start, m.End, m.Granularity));
    }

    [Theory]
    [InlineData("2021년 2월 다섯째 주말", 0)] // February 2021 has four Saturdays
    [InlineData("2021년 2월 다섯째 주", 0)] // February 2021 has four Thursdays: no such week, nothing reported
    [InlineData("3월 첫째 주택 공급", 1)] // 주택 (housing): the month alone
    [InlineData("12월 첫째 주간 보고", 1)]
    public void Week_of_the_month_needs_the_week_to_exist_and_the_word_to_end(string sentence, int count)
    {
        IReadOnlyList<DateMention> ms = Parser.FindAll(sentence, D("2021-11-25"));
        Assert.Equal(count, ms.Count);
        Assert.All(ms, m => Assert.Equal(DateGranularity.Month, m.Granularity));
    }

    [Fact]
    public void Week_followed_by_a_word_starting_with_mal_is_the_week()
    {
        DateMention m = Assert.Single(Parser.FindAll("지난 주 말레이시아 공장을 방문했다.", D("2021-11-25")));
        Assert.Equal(("지난 주", DateGranularity.Week), (m.Text, m.Granularity));
    }

    [Fact]
    public void Open_ended_start_has_no_end()
    {
        DateMention m = Assert.Single(Parser.FindAll("2018년부터 매년 배당을 늘렸다.", D("2021-11-25")));
        Assert.Equal("2018년부터", m.Text);
        Assert.Equal(D("2018-01-01"), m.Start);
        Assert.Null(m.End);
        Assert.True(m.IsOpenEnd);
        Assert.False(m.IsRelative);
    }

    [Theory]
    [InlineData("이 회사는 2019년 이후 매년 배당을 늘려 왔다.", "2019년 이후", "2019-01-01")]
    [InlineData("2008년 이래 최대 낙폭이다.", "2008년 이래", "2008-01-01")]
    [InlineData("23일 이후 접수된 신청", "23일 이후", "2021-11-23")]
    public void Since_makes_an_open_ended_range(string sentence, string text, string start)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(D(start), m.Start);
        Assert.Null(m.End);
        Assert.Equal(DateMentionKind.Range, m.Kind);
    }

    [Theory]
    [InlineData("2021-11-25", "올해 3분기 매출은 전년 동기 대비 10% 늘었다.", "2020-07-01", "2020-09-30", "quarter")]
    [InlineData("2021-11-25", "올해 3분기 매출은 전년동기대비 10% 늘었다.", "2020-07-01", "2020-09-30", "quarter")]
    [InlineData("2021-11-25", "2021년 상반기 순이익은 작년 같은 기간보다 줄었다.", "2020-01-01", "2020-06-30", "half")]
    [InlineData("2021-11-25", "지난달 수출은 전년 동월 대비 5% 늘었다.", "2020-10-01", "2020-10-31", "month")]
    [InlineData("2024-03-10", "1월 판매는 지난해 동기보다 많았다.", "2023-01-01", "2023-01-31", "month")]
    [InlineData("2025-03-10", "2025년 2월 매출은 전년 동월 대비 늘었다.", "2024-02-01", "2024-02-29", "month")]
    [InlineData("2024-03-10", "2024년 2월 매출은 전년 동월 대비 늘었다.", "2023-02-01", "2023-02-28", "month")]
    [InlineData("2021-11-25", "전년 동기 대비 20% 증가했다.", "2020-10-01", "2020-12-31", "quarter")] // nothing before: the reference's quarter a year earlier
    [InlineData("2021-11-25", "전년 동월 대비 3% 올랐다.", "2020-11-01", "2020-11-30", "month")]
    public void Same_period_last_year_follows_the_period_before_it(string reference, string sentence, string start, string end, string granularity)
    {
        DateMention m = Parser.FindAll(sentence, D(reference))[^1];
        Assert.Equal(D(start), m.Start);
        Assert.Equal(D(end), m.End);
        Assert.Equal(G(granularity), m.Granularity);
        Assert.True(m.IsRelative);
    }

    [Theory]
    [InlineData("2021-11-25", "올 3분기 매출은 전 분기 대비 5% 늘었다.", "전 분기", "2021-04-01", "2021-06-30")]
    [InlineData("2021-11-25", "올 3분기 매출은 전분기 대비 5% 늘었다.", "전분기", "2021-04-01", "2021-06-30")]
    [InlineData("2021-11-25", "전 분기 대비 5% 늘었다.", "전 분기", "2021-07-01", "2021-09-30")]
    [InlineData("2024-02-10", "지난해 1분기 이익은 직전 분기보다 줄었다.", "직전 분기", "2022-10-01", "2022-12-31")]
    [InlineData("2021-11-25", "10월 수출은 전월 대비 3% 줄었다.", "전월", "2021-09-01", "2021-09-30")]
    [InlineData("2024-03-10", "2024년 3월 수입은 전월보다 늘었다.", "전월", "2024-02-01", "2024-02-29")]
    [InlineData("2021-11-25", "전월 대비 3% 줄었다.", "전월", "2021-10-01", "2021-10-31")]
    [InlineData("2021-11-25", "지난 분기 실적", "지난 분기", "2021-07-01", "2021-09-30")]
    [InlineData("2021-11-25", "이번 분기 실적", "이번 분기", "2021-10-01", "2021-12-31")]
    [InlineData("2021-12-25", "다음 분기 실적", "다음 분기", "2022-01-01", "2022-03-31")]
    public void Previous_quarter_and_month_follow_the_period_before_them(string reference, string sentence, string text, string start, string end)
    {
        DateMention m = Parser.FindAll(sentence, D(reference))[^1];
        Assert.Equal(text, m.Text);
        Assert.Equal(D(start), m.Start);
        Assert.Equal(D(end), m.End);
    }

    [Theory]
    [InlineData("이틀 뒤 재개됐다.", "이틀 뒤", "2021-11-27")]
    [InlineData("사흘 만에 반등했다.", "사흘 만에", "2021-11-22")]
    [InlineData("보름 전 공시했다.", "보름 전", "2021-11-10")]
    [InlineData("하루 전 발표했다.", "하루 전", "2021-11-24")]
    [InlineData("열흘 후 열린다.", "열흘 후", "2021-12-05")]
    public void Native_day_counts_are_offsets(string sentence, string text, string expected)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(D(expected), m.Start);
    }

    [Theory]
    [InlineData("하루 동안 멈췄다.", "하루 동안", 1)]
    [InlineData("이틀간 협상했다.", "이틀간", 2)]
    [InlineData("파업이 열흘째 이어졌다.", "열흘째", 10)]
    public void Native_day_counts_with_duration_suffixes_are_durations(string sentence, string text, int days)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(new DateDuration(days, DateGranularity.Day), m.Duration);
    }

    [Theory]
    [InlineData("하루하루가 힘들다.")]
    [InlineData("이틀 이상")]
    [InlineData("보름달이 떴다.")]
    public void Native_counts_without_a_suffix_are_not_mentions(string sentence)
        => Assert.Empty(Parser.FindAll(sentence, D("2021-11-25")));

    [Theory]
    [InlineData("2025-10-28", "올해 누적 순이익은 지난해 같은 기간보다 늘었다.", "올해 누적", "2025-01-01", "2025-10-28", "2024-01-01", "2024-10-28")]
    [InlineData("2025-10-28", "3분기 누적 매출은 전년 동기 대비 늘었다.", "3분기 누적", "2025-01-01", "2025-09-30", "2024-01-01", "2024-09-30")]
    [InlineData("2025-03-10", "지난해 누적 판매는 전년 동기보다 많았다.", "지난해 누적", "2024-01-01", "2024-12-31", "2023-01-01", "2023-12-31")]
    public void Cumulative_periods_run_from_the_start_of_the_year(string reference, string sentence, string text, string start, string end, string lastStart, string lastEnd)
    {
        IReadOnlyList<DateMention> ms = Parser.FindAll(sentence, D(reference));
        Assert.Equal(2, ms.Count);
        Assert.Equal(text, ms[0].Text);
        Assert.Equal((D(start), D(end)), (ms[0].Start!.Value, ms[0].End!.Value));
        Assert.Equal((D(lastStart), D(lastEnd)), (ms[1].Start!.Value, ms[1].End!.Value));
    }

    [Fact]
    public void Repeated_same_period_refers_to_the_same_earlier_period()
    {
        IReadOnlyList<DateMention> ms = Parser.FindAll("올해 3분기 매출은 전년 동기 대비, 이익은 전년 동기 대비 늘었다.", D("2021-11-25"));
        Assert.Equal(3, ms.Count);
        Assert.Equal(ms[1].Range, ms[2].Range);
    }

    [Theory]
    [InlineData(SamePeriodFallback.ReferenceYear, "2020-01-01", "2020-12-31")]
    [InlineData(SamePeriodFallback.ReferenceQuarter, "2020-10-01", "2020-12-31")]
    public void Same_period_fallback_is_configurable(SamePeriodFallback fallback, string start, string end)
    {
        var parser = new KoreanDateParser(new KoreanDateParserOptions { SamePeriodFallback = fallback });
        DateMention m = Assert.Single(parser.FindAll("전년 동기 대비 증가", D("2021-11-25")));
        Assert.Equal(D(start), m.Start);
        Assert.Equal(D(end), m.End);
    }

    [Fact]
    public void Same_period_fallback_none_reports_nothing()
    {
        var parser = new KoreanDateParser(new KoreanDateParserOptions { SamePeriodFallback = SamePeriodFallback.None });
        Assert.Empty(parser.FindAll("전년 동기 대비 증가", D("2021-11-25")));
    }

    [Theory]
    [InlineData("이날 오후 2시 30분 기자회견을 열었다.", "이날 오후 2시 30분", "2021-11-25", 14, 30)]
    [InlineData("23일 오전 10시 개장했다.", "23일 오전 10시", "2021-11-23", 10, 0)]
    [InlineData("입력 2021.11.25 14:35", "2021.11.25 14:35", "2021-11-25", 14, 35)]
    [InlineData("2021-11-25 09:05:33 수정", "2021-11-25 09:05:33", "2021-11-25", 9, 5)]
    [InlineData("25일 밤 10시 마감했다.", "25일 밤 10시", "2021-11-25", 22, 0)]
    [InlineData("25일 오후 3시 반 시작했다.", "25일 오후 3시 반", "2021-11-25", 15, 30)]
    [InlineData("25일 새벽 4시 발생했다.", "25일 새벽 4시", "2021-11-25", 4, 0)]
    [InlineData("오는 30일 오후 12시 발표", "오는 30일 오후 12시", "2021-11-30", 12, 0)]
    [InlineData("2021년 11월 25일 오후 2시 30분", "2021년 11월 25일 오후 2시 30분", "2021-11-25", 14, 30)]
    public void Time_of_day_attaches_to_the_day(string sentence, string text, string day, int hour, int minute)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(D(day), m.Start);
        Assert.Equal(new TimeOnly(hour, minute), m.Time);
    }

    [Theory]
    [InlineData("25일 3시간 동안 회의했다.")]
    [InlineData("이날 15.3% 올랐다.")]
    [InlineData("지난달 3시 방향")]
    public void Hours_and_non_times_do_not_attach(string sentence)
    {
        DateMention m = Parser.FindAll(sentence, D("2021-11-25"))[0];
        Assert.Null(m.Time);
    }

    [Fact]
    public void Time_attachment_can_be_switched_off()
    {
        var parser = new KoreanDateParser(new KoreanDateParserOptions { AttachTimeOfDay = false });
        DateMention m = Assert.Single(parser.FindAll("이날 오후 2시 기자회견", D("2021-11-25")));
        Assert.Equal("이날", m.Text);
        Assert.Null(m.Time);
    }

    [Theory]
    [InlineData("공장은 3일간 멈췄다.", "3일간", 3, "day")]
    [InlineData("5년 연속 흑자를 냈다.", "5년 연속", 5, "year")]
    [InlineData("3분기 연속 적자를 냈다.", "3분기 연속", 3, "quarter")]
    [InlineData("2주 동안 협상했다.", "2주 동안", 2, "week")]
    [InlineData("6개월간 조사했다.", "6개월간", 6, "month")]
    [InlineData("주가는 3거래일 연속 올랐다.", "3거래일 연속", 3, "day")]
    [InlineData("파업이 10일째 이어졌다.", "10일째", 10, "day")]
    [InlineData("3년째 동결됐다.", "3년째", 3, "year")]
    [InlineData("30일 이내 신고해야 한다.", "30일 이내", 30, "day")]
    public void Unanchored_durations_are_reported_as_durations_not_dates(string sentence, string text, int amount, string unit)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(DateMentionKind.Duration, m.Kind);
        Assert.Equal(new DateDuration(amount, G(unit)), m.Duration);
        Assert.Null(m.Start);
        Assert.Null(m.End);
    }

    [Fact]
    public void Durations_can_be_left_out()
    {
        var parser = new KoreanDateParser(new KoreanDateParserOptions { IncludeDurations = false });
        DateMention m = Assert.Single(parser.FindAll("공장은 3일간 멈췄고 23일 재가동했다.", D("2021-11-25")));
        Assert.Equal("23일", m.Text);
    }

    [Theory]
    [InlineData("회사는 300억원을 투자했다.")]
    [InlineData("매출 1,300억원, 영업이익 25억원")]
    [InlineData("금리는 3.5% 수준이다.")]
    [InlineData("버전 2.0을 공개했다.")]
    [InlineData("2.1.3 버전으로 올렸다.")]
    [InlineData("3-1로 승리했다.")]
    [InlineData("1000주를 매수했다.")]
    [InlineData("12개 종목이 올랐다.")]
    [InlineData("갤럭시S23 판매")]
    [InlineData("13월의 월급")]
    [InlineData("32일 연체")]
    [InlineData("오늘날 반도체 산업")]
    [InlineData("그제야 알았다.")]
    [InlineData("차량이 내달렸다.")]
    [InlineData("연중무휴 매장")]
    [InlineData("주가가 올라갔다.")]
    [InlineData("들어오는 사람")]
    [InlineData("지난 해외 실적")]
    [InlineData("전월세 가격이 뛰었다.")]
    [InlineData("이번 주주총회에서")]
    [InlineData("다음 주주총회에서")]
    [InlineData("1.5일 걸렸다.")]
    [InlineData("3~4% 올랐다.")]
    [InlineData("50년물 국채")]
    [InlineData("10년 만기 국채")]
    [InlineData("5개월치 재고")]
    [InlineData("2021.13.01")]
    [InlineData("11.25 조치")]
    [InlineData("IP 10.1.2.3")]
    [InlineData("전화 02-1234-5678")]
    [InlineData("내주는 물량")]
    [InlineData("그는 말했다.")]
    [InlineData("1일 평균 3만 명이 방문한다.")]
    [InlineData("1~2년 안에 흑자 전환")]
    [InlineData("24시간 운영, 365일 무휴")]
    [InlineData("코스피는 전 거래일보다 1.2% 오른 2,950.12에 마감했다.")]
    [InlineData("")]
    public void Non_dates_yield_no_mentions(string sentence)
    {
        IReadOnlyList<DateMention> ms = Parser.FindAll(sentence, D("2021-11-25"));
        Assert.True(ms.Count == 0, string.Join(", ", ms.Select(Show)));
    }

    [Theory]
    [InlineData("23일 전 세계 증시가 하락했다.", "23일", "2021-11-23")]
    [InlineData("23일 전 거래일보다 3% 올랐다.", "23일", "2021-11-23")]
    [InlineData("3일 전 공시했다.", "3일 전", "2021-11-22")]
    [InlineData("3일 전에 공시했다.", "3일 전", "2021-11-22")]
    public void Jeon_after_a_day_means_before_only_when_not_a_prefix(string sentence, string text, string expected)
    {
        DateMention m = Assert.Single(Parser.FindAll(sentence, D("2021-11-25")));
        Assert.Equal(text, m.Text);
        Assert.Equal(D(expected), m.Start);
    }

    [Fact]
    public void News_paragraph_yields_every_mention()
    {
        const string s = "(서울=뉴스) 한빛전자는 지난 23일 이사회를 열고 2022년 1분기 중 신규 공장을 착공하기로 했다. "
            + "회사는 올 3분기 영업이익이 전년 동기 대비 12% 늘었다고 이날 밝혔다. 공모 청약은 다음 달 6~7일 진행되며, "
            + "상장 예정일은 12월 15일(수)이다. 최근 3년간 매출은 연평균 8% 늘었다.";
        IReadOnlyList<DateMention> ms = Parser.FindAll(s, D("2021-11-25"));
        Assert.Equal(
            ["지난 23일", "2022년 1분기", "올 3분기", "전년 동기", "이날", "다음 달 6~7일", "12월 15일(수)", "최근 3년간"],
            ms.Select(m => m.Text));
        Assert.Equal(D("2021-12-06"), ms[5].Start);
        Assert.Equal(D("2021-12-07"), ms[5].End);
        Assert.Equal(D("2021-12-15"), ms[6].Start);
        Assert.Equal(D("2020-07-01"), ms[3].Start);
    }

    [Fact]
    public void Frequent_mention_texts_are_shared_instances_not_new_strings()
    {
        IReadOnlyList<DateMention> a = Parser.FindAll("이날 지난 23일 올 3분기 3일 전 2021년 3분기", D("2021-11-25"));
        IReadOnlyList<DateMention> b = Parser.FindAll("다른 문장 이날, 지난 23일, 올 3분기, 3일 전, 2021년 3분기", D("2024-05-01"));
        Assert.Equal(5, a.Count);
        Assert.Equal(a.Select(m => m.Text), b.Select(m => m.Text));
        Assert.All(a.Zip(b), p => Assert.Same(p.First.Text, p.Second.Text));
    }

    [Fact]
    public void Uncommon_mention_texts_are_still_exact()
    {
        IReadOnlyList<DateMention> a = Parser.FindAll("1987년 6월 10일", D("2021-11-25"));
        DateMention m = Assert.Single(a);
        Assert.Equal("1987년 6월 10일", m.Text);
        Assert.Equal(D("1987-06-10"), m.Start);
        Assert.False(m.IsRelative);
    }

    [Fact]
    public void Parser_is_safe_to_share_between_threads()
    {
        const string s = "지난 23일 발표했고 오는 30일까지 받는다. 올 상반기 매출은 전년 동기 대비 늘었다. 19일부터 30일까지 열린다.";
        IReadOnlyList<DateMention> expected = Parser.FindAll(s, D("2021-11-25"));
        Parallel.For(0, 200, _ => Assert.Equal(expected, Parser.FindAll(s, D("2021-11-25"))));
    }
}
