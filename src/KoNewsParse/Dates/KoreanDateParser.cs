using System.Buffers;
using KoNewsParse.Text;

namespace KoNewsParse.Dates;

/// <summary>
/// Finds Korean date expressions and resolves them against a reference date with news conventions
/// (<c>지난 23일</c> is the most recent past 23rd). Immutable and thread-safe; never throws.
/// </summary>
/// <remarks>
/// The scan is linear and allocation-free on text without dates; each mention costs one allocation (its record) plus
/// the amortized growth of the result list. <see cref="DateMention.Text"/> is a pre-built string for frequent forms
/// (<c>이날</c>, <c>지난 23일</c>); otherwise it is built on first read from the input string
/// (<see cref="FindAll(string?, DateOnly)"/>) or from one string per call holding the other matched texts
/// (<see cref="FindAll(ReadOnlySpan{char}, DateOnly)"/>).
/// </remarks>
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
    public IReadOnlyList<DateMention> FindAll(string? text, DateOnly reference) =>
        FindAllCore((text ?? string.Empty).AsSpan(), text ?? string.Empty, reference);

    /// <summary>Finds every date mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="reference">The date relative expressions resolve against.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<DateMention> FindAll(ReadOnlySpan<char> text, DateOnly reference) => FindAllCore(text, null, reference);

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

    private IReadOnlyList<DateMention> FindAllCore(ReadOnlySpan<char> text, string? source, DateOnly reference)
    {
        List<DateMention>? list = null;
        char[]? pool = null;
        int poolLength = 0;
        try
        {
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
                    (list ??= []).Add(ToMention(text, source, m, ref pool, ref poolLength));
                }

                i = m.End;
            }

            if (list is null)
            {
                return [];
            }

            if (pool is not null)
            {
                // One string per call for every uncached text of the span overload; each mention slices it lazily.
                string shared = new(pool, 0, poolLength);
                foreach (DateMention d in list)
                {
                    if (d.NeedsTextSource)
                    {
                        d.AttachTextSource(shared);
                    }
                }
            }

            return list;
        }
        finally
        {
            if (pool is not null)
            {
                ArrayPool<char>.Shared.Return(pool);
            }
        }
    }

    private static DateMention ToMention(ReadOnlySpan<char> text, string? source, in DateMatch m, ref char[]? pool, ref int poolLength)
    {
        int length = m.End - m.Start;
        ReadOnlySpan<char> surface = text.Slice(m.Start, length);
        MentionText mentionText;
        if (DateTextCache.TryGet(surface, out string? cached))
        {
            mentionText = MentionText.FromString(cached);
        }
        else if (source is not null)
        {
            mentionText = MentionText.Slice(source, m.Start, length);
        }
        else
        {
            mentionText = MentionText.Slice(null, poolLength, length);
            MentionText.AppendToPool(ref pool, ref poolLength, surface);
        }

        return new DateMention(mentionText)
        {
            Offset = m.Start,
            Length = length,
            Start = m.Range.Start,
            End = m.Range.End,
            Granularity = m.Range.Granularity,
            IsRelative = m.Relative,
            Time = m.Time,
            Kind = m.Kind,
            Duration = m.Duration,
        };
    }
}
