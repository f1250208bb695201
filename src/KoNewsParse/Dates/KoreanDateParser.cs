namespace KoNewsParse.Dates;

/// <summary>
/// Finds Korean date expressions and resolves them against a reference date with news conventions
/// (<c>지난 23일</c> is the most recent past 23rd). Immutable and thread-safe; never throws.
/// </summary>
public sealed class KoreanDateParser
{
    /// <summary>The default parser.</summary>
    public static KoreanDateParser Default { get; } = new();

    /// <summary>Finds every date mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="reference">The date relative expressions resolve against (usually the article's dateline).</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<DateMention> FindAll(string? text, DateOnly reference) => FindAll((text ?? string.Empty).AsSpan(), reference);

    /// <summary>Finds every date mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="reference">The date relative expressions resolve against.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<DateMention> FindAll(ReadOnlySpan<char> text, DateOnly reference) => [];

    /// <summary>Resolves one date expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="reference">The reference date.</param>
    /// <param name="range">The resolved range.</param>
    /// <returns><see langword="true"/> when the input is one date expression.</returns>
    public bool TryResolve(ReadOnlySpan<char> text, DateOnly reference, out DateRange range)
    {
        range = default;
        return false;
    }
}

/// <summary>The granularity of a resolved date.</summary>
public enum DateGranularity
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A Monday–Sunday week.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter.</summary>
    Quarter,

    /// <summary>A half year.</summary>
    Half,

    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>An inclusive date range; either end may be open.</summary>
/// <param name="Start">The first day, or <see langword="null"/> when open.</param>
/// <param name="End">The last day (inclusive), or <see langword="null"/> when open.</param>
/// <param name="Granularity">The granularity.</param>
public readonly record struct DateRange(DateOnly? Start, DateOnly? End, DateGranularity Granularity);

/// <summary>A date expression found in text.</summary>
public sealed record DateMention
{
    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The surface text.</summary>
    public required string Text { get; init; }

    /// <summary>The first day (inclusive), or <see langword="null"/> for an open start.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day (inclusive), or <see langword="null"/> for an open end.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The granularity.</summary>
    public DateGranularity Granularity { get; init; }

    /// <summary>Whether the expression was relative to the reference date.</summary>
    public bool IsRelative { get; init; }

    /// <summary>The time of day when given (<c>오후 2시 30분</c>).</summary>
    public TimeOnly? Time { get; init; }
}
