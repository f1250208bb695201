using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using KoNewsParse.Text;

namespace KoNewsParse.Money;

/// <summary>
/// Finds counts and ratios (<c>450여개</c>, <c>30여개국</c>, <c>5백만명</c>, <c>1,200만주</c>, <c>2배</c>, <c>10%</c>,
/// <c>0.5%p</c>, <c>3.2%포인트</c>) with the same linear span scanner as <see cref="MoneyParser"/>. Immutable and
/// thread-safe; never throws.
/// </summary>
public sealed class QuantityParser
{
    // Counter words after a number and the unit reported for them (percent points are normalized to %p).
    private static readonly (string Word, string Unit)[] Units =
    [
        ("퍼센트포인트", "%p"), ("퍼센트", "%"), ("%포인트", "%p"), ("%p", "%p"), ("%P", "%p"), ("%", "%"),
        ("개국", "개국"), ("개사", "개사"), ("개소", "개소"), ("개", "개"), ("명", "명"), ("곳", "곳"), ("배럴", "배럴"),
        ("배", "배"), ("건", "건"), ("가구", "가구"), ("채", "채"), ("척", "척"), ("톤", "톤"), ("마리", "마리"),
        ("가지", "가지"), ("계좌", "계좌"), ("종목", "종목"), ("주", "주"), ("포인트", "포인트"),
    ];

    private static readonly FrozenDictionary<char, (string Word, string Unit)[]> UnitsByFirst =
        Units.GroupBy(u => u.Word[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(u => u.Word.Length).ToArray());

    private static readonly SearchValues<char> SingleNumeralFollowers = SearchValues.Create("여" + string.Concat(UnitsByFirst.Keys));

    /// <summary>The default parser.</summary>
    public static QuantityParser Default { get; } = new();

    /// <summary>Finds every quantity mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<QuantityMention> FindAll(string? text) => FindAllCore((text ?? string.Empty).AsSpan(), text ?? string.Empty);

    /// <summary>Finds every quantity mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<QuantityMention> FindAll(ReadOnlySpan<char> text) => FindAllCore(text, null);

    private static IReadOnlyList<QuantityMention> FindAllCore(ReadOnlySpan<char> s, string? source)
    {
        List<QuantityMention>? list = null;
        char[]? pool = null;
        int poolLength = 0;
        int pos = 0;
        int lastEnd = 0;
        while (pos < s.Length)
        {
            int rel = s[pos..].IndexOfAny(MoneyGrammar.Anchors);
            if (rel < 0)
            {
                break;
            }

            int i = pos + rel;
            if (!MoneyGrammar.TryGetNumberStart(s, i, lastEnd, SingleNumeralFollowers, out int numStart, out int skip))
            {
                pos = Math.Max(skip, i + 1);
                continue;
            }

            if (!TryParseAt(s, numStart, lastEnd, out int start, out int end, out decimal value, out string unit, out bool approximate, out int skipTo))
            {
                pos = Math.Max(skipTo, i + 1);
                continue;
            }

            int length = end - start;
            MentionText mt;
            if (source is not null)
            {
                mt = MentionText.Slice(start, length);
                mt.Attach(source);
            }
            else
            {
                mt = MentionText.Slice(poolLength, length);
                MentionText.AppendToPool(ref pool, ref poolLength, s.Slice(start, length));
            }

            list ??= [];
            list.Add(new QuantityMention(mt, unit) { Offset = start, Length = length, Value = value, IsApproximate = approximate });
            pos = end;
            lastEnd = end;
        }

        if (list is null)
        {
            return [];
        }

        if (pool is not null)
        {
            string shared = new(pool, 0, poolLength);
            ArrayPool<char>.Shared.Return(pool);
            foreach (QuantityMention q in list)
            {
                q.AttachSource(shared);
            }
        }

        return list;
    }

    private static bool TryParseAt(
        ReadOnlySpan<char> s, int numStart, int lowerBound, out int start, out int end, out decimal value, out string unit, out bool approximate, out int skipTo)
    {
        start = numStart;
        end = numStart;
        value = 0;
        unit = string.Empty;
        approximate = false;
        if (!KoreanNumerals.TryRead(s, numStart, allowSeveral: true, out KoreanNumber n, out skipTo))
        {
            return false;
        }

        int j = n.End;
        if (j >= s.Length || !UnitsByFirst.TryGetValue(s[j], out (string Word, string Unit)[]? units))
        {
            return false;
        }

        int unitEnd = -1;
        foreach ((string word, string u) in units)
        {
            if (s[j..].StartsWith(word, StringComparison.Ordinal))
            {
                unit = u;
                unitEnd = j + word.Length;
                break;
            }
        }

        bool more = (n.Flags & KoreanNumberFlags.More) != 0;
        bool several = (n.Flags & KoreanNumberFlags.Several) != 0;
        if (unitEnd < 0
            || (KoreanNumerals.IsHangulSyllable(s[unitEnd - 1]) && !Currencies.EndsWord(s, unitEnd))
            || (unitEnd < s.Length && s[unitEnd] == '당')
            || (n.IsHangulOnly && n.HangulChars < 2 && !more)
            || (n.Flags & KoreanNumberFlags.Bare) != 0
            || (unit == "주" && n.Value < 100 && (n.Flags & KoreanNumberFlags.BigMultiplier) == 0))
        {
            return false; // 3개월, 3주 (weeks), 만명 alone; 52주 신고가 is weeks
        }

        approximate = more || several;
        int k = numStart > lowerBound && s[numStart - 1] == ' ' ? numStart - 1 : numStart;
        if (k - 1 >= lowerBound && s[k - 1] == '약' && (k - 1 == 0 || !KoreanNumerals.IsHangulSyllable(s[k - 2])))
        {
            start = k - 1;
            approximate = true;
        }

        value = n.Value;
        end = unitEnd;
        skipTo = Math.Max(skipTo, end);
        return true;
    }
}

/// <summary>A count or ratio found in text.</summary>
public sealed record QuantityMention
{
    private MentionText _text;

    /// <summary>Creates an empty mention (set the required members with an object initializer).</summary>
    public QuantityMention()
    {
    }

#pragma warning disable CS8618 // Text is computed from _text, which this constructor sets.
    [SetsRequiredMembers]
    internal QuantityMention(MentionText text, string unit)
    {
        _text = text;
        Unit = unit;
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

    /// <summary>The exact value (for <c>수십개</c>, the order: 10).</summary>
    public decimal Value { get; init; }

    /// <summary>The unit or counter (<c>개</c>, <c>명</c>, <c>%</c>, <c>%p</c>).</summary>
    public required string Unit { get; init; }

    /// <summary>Whether the value is approximate (<c>여</c>, <c>약</c>, <c>수십</c>).</summary>
    public bool IsApproximate { get; init; }

    internal void AttachSource(string source) => _text.Attach(source);

    /// <inheritdoc />
    public bool Equals(QuantityMention? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Offset == other.Offset && Length == other.Length && Value == other.Value
                && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && IsApproximate == other.IsApproximate
                && _text.Span.SequenceEqual(other._text.Span)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Offset, Length, Value, Unit, IsApproximate, string.GetHashCode(_text.Span, StringComparison.Ordinal));
}
