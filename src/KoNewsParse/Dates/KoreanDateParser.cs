namespace KoNewsParse.Dates;

/// <summary>
/// Finds Korean date expressions and resolves them against a reference date with news conventions
/// (<c>지난 23일</c> is the most recent past 23rd). Immutable and thread-safe; never throws.
/// </summary>
public sealed class KoreanDateParser
{
    /// <summary>Creates a parser with <see cref="KoreanDateParserOptions.Default"/>.</summary>
    public KoreanDateParser()
        : this(KoreanDateParserOptions.Default)
    {
    }

    /// <summary>Creates a parser with the given options.</summary>
    /// <param name="options">The options; <see langword="null"/> means <see cref="KoreanDateParserOptions.Default"/>.</param>
    public KoreanDateParser(KoreanDateParserOptions? options)
    {
        Options = options ?? KoreanDateParserOptions.Default;
    }

    /// <summary>The default parser.</summary>
    public static KoreanDateParser Default { get; } = new();

    /// <summary>The options this parser was created with.</summary>
    public KoreanDateParserOptions Options { get; }

    /// <summary>Finds every date mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="reference">The date relative expressions resolve against (usually the article's dateline).</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<DateMention> FindAll(string? text, DateOnly reference) => FindAll((text ?? string.Empty).AsSpan(), reference);

    /// <summary>Finds every date mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="reference">The date relative expressions resolve against.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<DateMention> FindAll(ReadOnlySpan<char> text, DateOnly reference)
    {
        List<DateMention>? list = null;
        var scanner = new DateScanner(text, reference, Options);
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(DateWords.Triggers);
            if (k < 0)
            {
                break;
            }

            i += k;
            if (!scanner.TryMatch(i, out DateMatch m))
            {
                i = scanner.SkipAfterFailure(i);
                continue;
            }

            if (m.Emit)
            {
                (list ??= []).Add(ToMention(text, m));
            }

            i = m.End;
        }

        return list is null ? [] : list;
    }

    /// <summary>Resolves one date expression.</summary>
    /// <param name="text">The expression (surrounding white space is ignored).</param>
    /// <param name="reference">The reference date.</param>
    /// <param name="range">The resolved range.</param>
    /// <returns><see langword="true"/> when the input is one date expression (durations such as <c>3일간</c> are not).</returns>
    public bool TryResolve(ReadOnlySpan<char> text, DateOnly reference, out DateRange range)
    {
        range = default;
        ReadOnlySpan<char> t = text.Trim();
        if (t.IsEmpty)
        {
            return false;
        }

        var scanner = new DateScanner(t, reference, Options);
        if (!scanner.TryMatch(0, out DateMatch m) || !m.Emit || m.End != t.Length || m.Kind == DateMentionKind.Duration)
        {
            return false;
        }

        range = m.Range;
        return true;
    }

    private static DateMention ToMention(ReadOnlySpan<char> text, in DateMatch m) => new()
    {
        Offset = m.Start,
        Length = m.End - m.Start,
        Text = DateTextCache.GetText(text[m.Start..m.End]),
        Start = m.Range.Start,
        End = m.Range.End,
        Granularity = m.Range.Granularity,
        IsRelative = m.Relative,
        Time = m.Time,
        Kind = m.Kind,
        Duration = m.Duration,
    };
}
