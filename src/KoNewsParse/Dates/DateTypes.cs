using System.Diagnostics.CodeAnalysis;
using KoNewsParse.Text;

namespace KoNewsParse.Dates;

/// <summary>The granularity of a resolved date.</summary>
public enum DateGranularity
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A Monday–Sunday week.</summary>
    Week,

    /// <summary>A calendar month (also used for parts of a month such as <c>11월 말</c>).</summary>
    Month,

    /// <summary>A calendar quarter.</summary>
    Quarter,

    /// <summary>A half year.</summary>
    Half,

    /// <summary>A calendar year (also used for parts of a year such as <c>연말</c>).</summary>
    Year,
}

/// <summary>What kind of expression a <see cref="DateMention"/> is.</summary>
public enum DateMentionKind
{
    /// <summary>A single date or period (<c>지난 23일</c>, <c>올 상반기</c>).</summary>
    Date,

    /// <summary>A range, possibly open at one end (<c>19일부터 30일까지</c>, <c>2018년부터</c>, <c>30일까지</c>).</summary>
    Range,

    /// <summary>A length of time without an anchor (<c>3일간</c>); <see cref="DateMention.Start"/> and <see cref="DateMention.End"/> are <see langword="null"/>.</summary>
    Duration,
}

/// <summary>An inclusive date range; either end may be open.</summary>
/// <param name="Start">The first day, or <see langword="null"/> when open.</param>
/// <param name="End">The last day (inclusive), or <see langword="null"/> when open.</param>
/// <param name="Granularity">The granularity.</param>
public readonly record struct DateRange(DateOnly? Start, DateOnly? End, DateGranularity Granularity);

/// <summary>A length of time such as <c>3일간</c> (3 days).</summary>
/// <param name="Amount">The number of units.</param>
/// <param name="Unit">The unit (<see cref="DateGranularity.Day"/>, <see cref="DateGranularity.Week"/>, <see cref="DateGranularity.Month"/>, <see cref="DateGranularity.Quarter"/> or <see cref="DateGranularity.Year"/>).</param>
public readonly record struct DateDuration(int Amount, DateGranularity Unit);

/// <summary>A date expression found in text.</summary>
/// <remarks>
/// Mentions returned by <see cref="KoreanDateParser.FindAll(string?, DateOnly)"/> build <see cref="Text"/> on first read
/// (from the input string, or from one string per call shared by all mentions of the span overload), so finding a
/// mention costs one allocation. Equality compares every property, including <see cref="Text"/> by value.
/// </remarks>
public sealed record DateMention
{
    private MentionText _text;

    // TimeOnly? would take 16 bytes (a long plus a flag, padded); -1 means no time. Keeps the record at 96 bytes.
    private long _timeTicks = -1;

    /// <summary>Creates an empty mention (set the required members with an object initializer).</summary>
    public DateMention()
    {
    }

#pragma warning disable CS8618 // Text is computed from _text, which this constructor sets.
    [SetsRequiredMembers]
    internal DateMention(MentionText text)
    {
        _text = text;
    }
#pragma warning restore CS8618

    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The surface text.</summary>
    public required string Text
    {
        get => _text.Value;
        init => _text = MentionText.FromString(value);
    }

    /// <summary>The first day (inclusive), or <see langword="null"/> for an open start.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day (inclusive), or <see langword="null"/> for an open end.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The granularity.</summary>
    public DateGranularity Granularity { get; init; }

    /// <summary>Whether the expression was relative to the reference date.</summary>
    public bool IsRelative { get; init; }

    /// <summary>The time of day when given (<c>오후 2시 30분</c>); for a range (<c>25일 오후 2시~27일</c>), the time of its start.</summary>
    public TimeOnly? Time
    {
        get => _timeTicks < 0 ? null : new TimeOnly(_timeTicks);
        init => _timeTicks = value?.Ticks ?? -1;
    }

    /// <summary>Whether this is a date, a range or an unanchored duration.</summary>
    public DateMentionKind Kind { get; init; }

    /// <summary>The length of time for <see cref="DateMentionKind.Duration"/> mentions (<c>3일간</c>); otherwise <see langword="null"/>.</summary>
    public DateDuration? Duration { get; init; }

    /// <summary>Whether this is a range with no start (<c>30일까지</c>).</summary>
    public bool IsOpenStart => Kind == DateMentionKind.Range && Start is null;

    /// <summary>Whether this is a range with no end (<c>2018년부터</c>).</summary>
    public bool IsOpenEnd => Kind == DateMentionKind.Range && End is null;

    /// <summary>The resolved range of this mention.</summary>
    public DateRange Range => new(Start, End, Granularity);

    /// <summary>Whether <see cref="Text"/> still needs the shared source string of its <c>FindAll</c> call.</summary>
    internal bool NeedsTextSource => _text.NeedsSource;

    /// <summary>Attaches the shared source string <see cref="Text"/> is sliced from.</summary>
    internal void AttachTextSource(string source) => _text.Attach(source);

    /// <inheritdoc />
    public bool Equals(DateMention? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Offset == other.Offset && Length == other.Length && Start == other.Start && End == other.End
                && Granularity == other.Granularity && IsRelative == other.IsRelative && Time == other.Time
                && Kind == other.Kind && Duration == other.Duration && _text.Span.SequenceEqual(other._text.Span)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Offset, Length, Start, End, Granularity, IsRelative, Kind, string.GetHashCode(_text.Span, StringComparison.Ordinal));
}

/// <summary>What <c>전년 동기</c> (same period a year earlier) refers to when no period was mentioned before it.</summary>
public enum SamePeriodFallback
{
    /// <summary>The quarter containing the reference date, one year earlier.</summary>
    ReferenceQuarter,

    /// <summary>The reference date's year, one year earlier.</summary>
    ReferenceYear,

    /// <summary>Do not report the mention.</summary>
    None,
}

/// <summary>Options for <see cref="KoreanDateParser"/>. Immutable.</summary>
public sealed record KoreanDateParserOptions
{
    /// <summary>The default options.</summary>
    public static KoreanDateParserOptions Default { get; } = new();

    /// <summary>Whether unanchored durations (<c>3일간</c>, <c>5거래일 연속</c>) are reported as <see cref="DateMentionKind.Duration"/> mentions. Default <see langword="true"/>.</summary>
    public bool IncludeDurations { get; init; } = true;

    /// <summary>Whether a bare <c>23일</c> or <c>4월</c> takes its direction from the tense of its clause (<c>했다</c> past, <c>예정</c> future). When <see langword="false"/>, or when the clause has no tense marker, the nearest candidate wins. Default <see langword="true"/>.</summary>
    public bool UseClauseTense { get; init; } = true;

    /// <summary>How many characters after a mention are searched for a tense marker (clamped to 0–1000). Default 160.</summary>
    public int TenseWindow { get; init; } = 160;

    /// <summary>Whether a following time of day (<c>오후 2시 30분</c>, <c>14:35</c>) is attached to a day mention. Default <see langword="true"/>.</summary>
    public bool AttachTimeOfDay { get; init; } = true;

    /// <summary>What <c>전년 동기</c> means when no period precedes it in the text. Default <see cref="SamePeriodFallback.ReferenceQuarter"/>.</summary>
    public SamePeriodFallback SamePeriodFallback { get; init; } = SamePeriodFallback.ReferenceQuarter;
}
