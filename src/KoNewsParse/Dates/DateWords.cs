using System.Buffers;
using System.Collections.Frozen;

namespace KoNewsParse.Dates;

internal enum WordKind : byte
{
    Year,
    Month,
    Week,
    Day,
    Direction,
    PastWindow,
    FutureWindow,
    Half,
    YearPart,
    MonthPart,
    Weekday,
    Quarter,
    Count,
}

/// <summary>A Hangul date word (<c>지난해</c>, <c>이날</c>, <c>상반기</c>, …).</summary>
internal sealed record DateWord(string Text, WordKind Kind, int Value, bool NeedsFollow = false, bool SamePeriod = false, bool Strict = false, bool Contextual = false);

/// <summary>The static, immutable vocabulary of the date scanner.</summary>
internal static class DateWords
{
    /// <summary>Characters that may directly follow a date word (particles); any other Hangul syllable means the word is part of a longer word.</summary>
    public static readonly SearchValues<char> ParticleStarts = SearchValues.Create("에은는이가을를의도만와과로으부까께쯤엔인보처마라대비경내며면서");

    /// <summary>Words after <c>N일 전</c> that make <c>전</c> the prefix "all/former" (<c>23일 전 세계</c>), not "before".</summary>
    public static readonly string[] JeonPrefixWords =
    [
        "세계", "직원", "임직원", "국민", "부문", "산업", "업종", "대표", "회장", "장관", "사장", "의원", "대통령", "총리", "지역",
        "계열사", "종목", "거래일", "국", "분기", "날", "주", "년", "회", "경영", "정부", "시장", "품목", "사업", "매장", "점포",
    ];

    private static readonly DateWord[] All =
    [
        new("재작년", WordKind.Year, -2),
        new("작년", WordKind.Year, -1, SamePeriod: true),
        new("지난해", WordKind.Year, -1, SamePeriod: true),
        new("지난 해", WordKind.Year, -1, SamePeriod: true),
        new("전년", WordKind.Year, -1, SamePeriod: true),
        new("올해", WordKind.Year, 0),
        new("금년", WordKind.Year, 0),
        new("올", WordKind.Year, 0, NeedsFollow: true),
        new("내년", WordKind.Year, 1),
        new("내후년", WordKind.Year, 2),
        new("이듬해", WordKind.Year, 1),

        new("지난달", WordKind.Month, -1),
        new("지난 달", WordKind.Month, -1),
        new("전월", WordKind.Month, -1, Contextual: true),
        new("이달", WordKind.Month, 0),
        new("이번 달", WordKind.Month, 0),
        new("이번달", WordKind.Month, 0),
        new("금월", WordKind.Month, 0),
        new("내달", WordKind.Month, 1, Strict: true),
        new("다음 달", WordKind.Month, 1),
        new("다음달", WordKind.Month, 1),
        new("익월", WordKind.Month, 1),

        new("지난주", WordKind.Week, -1),
        new("지난 주", WordKind.Week, -1),
        new("이번 주", WordKind.Week, 0),
        new("이번주", WordKind.Week, 0),
        new("금주", WordKind.Week, 0, Strict: true),
        new("다음 주", WordKind.Week, 1),
        new("다음주", WordKind.Week, 1),
        new("내주", WordKind.Week, 1, Strict: true),

        new("오늘", WordKind.Day, 0),
        new("금일", WordKind.Day, 0),
        new("이날", WordKind.Day, 0),
        new("당일", WordKind.Day, 0),
        new("어제", WordKind.Day, -1),
        new("전날", WordKind.Day, -1),
        new("전일", WordKind.Day, -1),
        new("그제", WordKind.Day, -2),
        new("그저께", WordKind.Day, -2),
        new("내일", WordKind.Day, 1),
        new("다음날", WordKind.Day, 1),
        new("다음 날", WordKind.Day, 1),
        new("이튿날", WordKind.Day, 1),
        new("익일", WordKind.Day, 1),
        new("모레", WordKind.Day, 2),

        new("지난", WordKind.Direction, (int)Direction.Past),
        new("오는", WordKind.Direction, (int)Direction.Future),
        new("다가오는", WordKind.Direction, (int)Direction.Future),
        new("앞선", WordKind.Direction, (int)Direction.StrictPast),
        new("최근", WordKind.PastWindow, 0),
        new("향후", WordKind.FutureWindow, 0),
        new("앞으로", WordKind.FutureWindow, 0),

        new("상반기", WordKind.Half, 1),
        new("하반기", WordKind.Half, 2),
        new("연초", WordKind.YearPart, (int)YearPart.Early),
        new("연중", WordKind.YearPart, (int)YearPart.Mid),
        new("연말", WordKind.YearPart, (int)YearPart.Late),
        new("연내", WordKind.YearPart, (int)YearPart.Within),
        new("월초", WordKind.MonthPart, (int)MonthPart.Early),
        new("월말", WordKind.MonthPart, (int)MonthPart.Late),

        new("지난 분기", WordKind.Quarter, -1),
        new("전 분기", WordKind.Quarter, -1, Contextual: true),
        new("전분기", WordKind.Quarter, -1, Contextual: true),
        new("직전 분기", WordKind.Quarter, -1, Contextual: true),
        new("이번 분기", WordKind.Quarter, 0),
        new("다음 분기", WordKind.Quarter, 1),

        new("하루", WordKind.Count, 1),
        new("이틀", WordKind.Count, 2),
        new("사흘", WordKind.Count, 3),
        new("나흘", WordKind.Count, 4),
        new("닷새", WordKind.Count, 5),
        new("엿새", WordKind.Count, 6),
        new("이레", WordKind.Count, 7),
        new("열흘", WordKind.Count, 10),
        new("보름", WordKind.Count, 15),

        new("월요일", WordKind.Weekday, (int)DayOfWeek.Monday + 1),
        new("화요일", WordKind.Weekday, (int)DayOfWeek.Tuesday + 1),
        new("수요일", WordKind.Weekday, (int)DayOfWeek.Wednesday + 1),
        new("목요일", WordKind.Weekday, (int)DayOfWeek.Thursday + 1),
        new("금요일", WordKind.Weekday, (int)DayOfWeek.Friday + 1),
        new("토요일", WordKind.Weekday, (int)DayOfWeek.Saturday + 1),
        new("일요일", WordKind.Weekday, (int)DayOfWeek.Sunday + 1),
    ];

    /// <summary>Date words grouped by their first character, longest first.</summary>
    public static readonly FrozenDictionary<char, DateWord[]> ByFirstChar = All
        .GroupBy(w => w.Text[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Text.Length).ToArray());

    /// <summary>Characters a date mention can start with: ASCII digits, apostrophes and the first syllable of every date word.</summary>
    public static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789'\u2018\u2019" + new string([.. ByFirstChar.Keys]));

    /// <summary>Maps a one-syllable weekday abbreviation (<c>목</c>) to <see cref="DayOfWeek"/> + 1, or 0.</summary>
    public static int WeekdayOf(char c) => c switch
    {
        '월' => (int)DayOfWeek.Monday + 1,
        '화' => (int)DayOfWeek.Tuesday + 1,
        '수' => (int)DayOfWeek.Wednesday + 1,
        '목' => (int)DayOfWeek.Thursday + 1,
        '금' => (int)DayOfWeek.Friday + 1,
        '토' => (int)DayOfWeek.Saturday + 1,
        '일' => (int)DayOfWeek.Sunday + 1,
        _ => 0,
    };

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>The final consonant (jongseong) index of a Hangul syllable, 0 when none or not a syllable.</summary>
    public static int Jongseong(char c) => IsHangul(c) ? (c - 0xAC00) % 28 : 0;
}
