using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Dates;

namespace KoNewsParse.Tests.Dates;

/// <summary>Properties over random references and generated expressions; never-throw guards and adversarial inputs.</summary>
public class KoreanDateParserPropertyTests
{
    private static readonly KoreanDateParser Parser = KoreanDateParser.Default;

    private static readonly string[] Fragments =
    [
        "지난", "오는", "앞선", " ", "  ", "23", "1", "31", "2021", "'21", "년", "월", "일", "주", "개월", "분기", "Q", "부터", "까지", "~", ".", "-", "/",
        "(목)", "(", ")", "전년", " 동기", "올", "해", "상반기", "하반기", "연말", "말", "초", "중순", "오후 ", "시", "분", "반", "전", "후", "만에", "간", "동안",
        "이날", "어제", "내일", "다음 ", "달", "이번 ", "요일", "했다", "예정", "한다", "\n", "300억원", "최근", "향후", "0", "99999", ":", "거래일", "연속", "째",
    ];

    /// <summary>Maps an arbitrary int to a reference date between 1900-01-01 and 2100-12-31.</summary>
    private static DateOnly Reference(int seed)
    {
        int lo = new DateOnly(1900, 1, 1).DayNumber;
        int span = new DateOnly(2100, 12, 31).DayNumber - lo + 1;
        return DateOnly.FromDayNumber(lo + (int)(((long)seed % span + span) % span));
    }

    private static int InRange(int seed, int min, int max) => min + (int)(((long)seed % (max - min + 1) + (max - min + 1)) % (max - min + 1));

    [Property(MaxTest = 500)]
    public bool Past_day_is_on_or_before_the_reference_with_that_day_of_month(int refSeed, int daySeed)
    {
        DateOnly reference = Reference(refSeed);
        int n = InRange(daySeed, 1, 31);
        bool ok = Parser.TryResolve($"지난 {n}일", reference, out DateRange r);
        return ok && r.Start == r.End && r.Start <= reference && r.Start!.Value.Day == n
            && reference.DayNumber - r.Start.Value.DayNumber < 62;
    }

    [Property(MaxTest = 500)]
    public bool Coming_day_is_on_or_after_the_reference_with_that_day_of_month(int refSeed, int daySeed)
    {
        DateOnly reference = Reference(refSeed);
        int n = InRange(daySeed, 1, 31);
        bool ok = Parser.TryResolve($"오는 {n}일", reference, out DateRange r);
        return ok && r.Start == r.End && r.Start >= reference && r.Start!.Value.Day == n
            && r.Start.Value.DayNumber - reference.DayNumber < 62;
    }

    [Property(MaxTest = 500)]
    public bool Past_day_is_the_most_recent_such_day(int refSeed, int daySeed)
    {
        DateOnly reference = Reference(refSeed);
        int n = InRange(daySeed, 1, 31);
        Parser.TryResolve($"지난 {n}일", reference, out DateRange r);
        for (DateOnly d = r.Start!.Value.AddDays(1); d <= reference; d = d.AddDays(1))
        {
            if (d.Day == n)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Bare_day_is_one_of_the_two_directed_candidates(int refSeed, int daySeed)
    {
        DateOnly reference = Reference(refSeed);
        int n = InRange(daySeed, 1, 31);
        Parser.TryResolve($"지난 {n}일", reference, out DateRange past);
        Parser.TryResolve($"오는 {n}일", reference, out DateRange future);
        return Parser.TryResolve($"{n}일", reference, out DateRange bare) && (bare == past || bare == future);
    }

    [Property(MaxTest = 300)]
    public bool Counted_days_are_exact_offsets(int refSeed, int countSeed)
    {
        DateOnly reference = Reference(refSeed);
        int n = InRange(countSeed, 1, 3000);
        return Parser.TryResolve($"{n}일 전", reference, out DateRange before) && before.Start == reference.AddDays(-n)
            && Parser.TryResolve($"{n}일 후", reference, out DateRange after) && after.Start == reference.AddDays(n);
    }

    [Property(MaxTest = 300)]
    public bool Last_month_ends_the_day_before_this_month_starts(int refSeed)
    {
        DateOnly reference = Reference(refSeed);
        return Parser.TryResolve("지난달", reference, out DateRange last) && Parser.TryResolve("이달", reference, out DateRange now)
            && Parser.TryResolve("다음 달", reference, out DateRange next)
            && last.End!.Value.AddDays(1) == now.Start && now.End!.Value.AddDays(1) == next.Start
            && now.Start!.Value <= reference && reference <= now.End.Value;
    }

    [Property(MaxTest = 300)]
    public bool Weeks_run_monday_to_sunday_and_contain_the_reference(int refSeed)
    {
        DateOnly reference = Reference(refSeed);
        return Parser.TryResolve("이번 주", reference, out DateRange w)
            && w.Start!.Value.DayOfWeek == DayOfWeek.Monday && w.End!.Value.DayOfWeek == DayOfWeek.Sunday
            && w.Start.Value <= reference && reference <= w.End.Value
            && Parser.TryResolve("지난주", reference, out DateRange lw) && lw.End!.Value.AddDays(1) == w.Start;
    }

    [Property(MaxTest = 500)]
    public bool Absolute_dates_round_trip_in_every_layout(int daySeed)
    {
        int lo = new DateOnly(1000, 1, 1).DayNumber;
        int span = new DateOnly(2999, 12, 31).DayNumber - lo + 1;
        DateOnly d = DateOnly.FromDayNumber(lo + (int)(((long)daySeed % span + span) % span));
        DateOnly reference = new(2021, 11, 25);
        string[] layouts =
        [
            d.ToString("yyyy'년 'M'월 'd'일'", CultureInfo.InvariantCulture),
            d.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
            d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
        ];
        return layouts.All(s => Parser.TryResolve(s, reference, out DateRange r) && r == new DateRange(d, d, DateGranularity.Day));
    }

    [Property(MaxTest = 300)]
    public bool Strict_past_month_ends_before_the_reference_and_past_month_starts_on_or_before_it(int refSeed, int monthSeed)
    {
        DateOnly reference = Reference(refSeed);
        int m = InRange(monthSeed, 1, 12);
        return Parser.TryResolve($"앞선 {m}월", reference, out DateRange strict) && strict.End < reference && strict.Start!.Value.Month == m
            && Parser.TryResolve($"지난 {m}월", reference, out DateRange past) && past.Start <= reference && past.Start!.Value.Month == m
            && Parser.TryResolve($"오는 {m}월", reference, out DateRange next) && next.End >= reference && next.Start!.Value.Month == m;
    }

    [Property(MaxTest = 600)]
    public bool Random_strings_never_throw_and_mentions_are_well_formed(string? text, int refSeed)
    {
        return WellFormed(text ?? string.Empty, Reference(refSeed));
    }

    [Property(MaxTest = 600)]
    public bool Generated_expressions_never_throw_and_mentions_are_well_formed(int[] pieces, int refSeed)
    {
        var sb = new StringBuilder();
        foreach (int p in pieces ?? [])
        {
            sb.Append(Fragments[InRange(p, 0, Fragments.Length - 1)]);
        }

        string s = sb.ToString();
        DateOnly reference = Reference(refSeed);
        Parser.TryResolve(s, reference, out _);
        return WellFormed(s, reference);
    }

    [Property(MaxTest = 300)]
    public bool Any_reference_date_never_throws(int daySeed, int[] pieces)
    {
        DateOnly reference = DateOnly.FromDayNumber((int)(((long)daySeed % (DateOnly.MaxValue.DayNumber + 1L) + DateOnly.MaxValue.DayNumber + 1L) % (DateOnly.MaxValue.DayNumber + 1L)));
        var sb = new StringBuilder();
        foreach (int p in pieces ?? [])
        {
            sb.Append(Fragments[InRange(p, 0, Fragments.Length - 1)]);
        }

        foreach (DateOnly r in new[] { reference, DateOnly.MinValue, DateOnly.MaxValue })
        {
            Parser.TryResolve(sb.ToString(), r, out _);
            if (!WellFormed(sb.ToString(), r))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WellFormed(string s, DateOnly reference)
    {
        IReadOnlyList<DateMention> ms = Parser.FindAll(s, reference);
        int last = 0;
        foreach (DateMention m in ms)
        {
            if (m.Offset < last || m.Length <= 0 || m.Offset + m.Length > s.Length || m.Text != s.Substring(m.Offset, m.Length))
            {
                return false;
            }

            if (m.Start is { } a && m.End is { } b && a > b)
            {
                return false;
            }

            if ((m.Kind == DateMentionKind.Duration) != (m.Duration is not null))
            {
                return false;
            }

            last = m.Offset + m.Length;
        }

        return true;
    }

    public static TheoryData<string> UnitsWithoutADate => new()
    {
        "지난 ", "지난 지난 오는 앞선 ", "2021.2021.", "1~", "이이이이다다다하하", "1111111111", "올 올 올 ", "'2'2'2",
    };

    [Theory]
    [MemberData(nameof(UnitsWithoutADate))]
    public void Adversarial_megabyte_input_without_a_date_yields_nothing(string unit) =>
        Adversarial_megabyte_input_yields_exactly_the_expected_dates(unit, 0, "");

    [Theory]
    [InlineData("1일 ", 349_526, "Date 2021-12-01..2021-12-01 Day")]
    [InlineData("19일부터 ", 174_763, "Range 2021-11-19.. Day")]
    [InlineData("23일23일", 349_526, "Date 2021-11-23..2021-11-23 Day")]
    [InlineData("전년 동기 ", 174_763, "Date 2020-10-01..2020-12-31 Quarter")]
    [InlineData("2021년 11월 25일 오후 2시 30분~", 21_846, "Range 2021-11-25..2021-11-25 Day 14:30 | Date 2021-11-25..2021-11-25 Day 14:30")] // pairs form ranges; the last unit is alone
    [InlineData("다음 주 다음 달 ", 209_716, "Date 2021-11-29..2021-12-05 Week | Date 2021-12-01..2021-12-31 Month")]
    [InlineData("12월 첫째 주 ", 116_509, "Date 2021-11-29..2021-12-05 Week")]
    [InlineData("지난 주말 ", 174_763, "Date 2021-11-20..2021-11-21 Day")]
    [InlineData("11월 마지막 주말 ", 95_326, "Date 2021-11-27..2021-11-28 Day")]
    [InlineData("12월 첫째 주 주말 ", 87_382, "Date 2021-12-04..2021-12-05 Day")]
    [InlineData("첫째 주 첫째 주 ", 0, "")] // an ordinal week without a month is nothing
    public void Adversarial_megabyte_input_yields_exactly_the_expected_dates(string unit, int count, string distinctDates)
    {
        string s = AdversarialText.Repeat(unit);
        var reference = new DateOnly(2021, 11, 25);
        IReadOnlyList<DateMention> mentions = Parser.FindAll(s, reference);
        Assert.True(WellFormed(s, reference));
        Assert.Equal(count, mentions.Count);
        Assert.Equal(distinctDates, string.Join(" | ", mentions.Select(Resolved).Distinct()));
    }

    private static string Resolved(DateMention m) => string.Create(
        CultureInfo.InvariantCulture,
        $"{m.Kind} {m.Start:yyyy-MM-dd}..{m.End:yyyy-MM-dd} {m.Granularity}{(m.Time is { } t ? t.ToString(" HH:mm", CultureInfo.InvariantCulture) : "")}");
}
