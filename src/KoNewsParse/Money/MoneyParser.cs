using System.Buffers;
using KoNewsParse.Text;

namespace KoNewsParse.Money;

/// <summary>Options for <see cref="MoneyParser"/>.</summary>
public sealed record MoneyParserOptions
{
    /// <summary>The default options.</summary>
    public static MoneyParserOptions Default { get; } = new();

    /// <summary>
    /// Whether a parenthesised amount in another currency right after a mention becomes its
    /// <see cref="MoneyMention.Equivalent"/> (<c>4000만달러(약 475억원)</c>). Default <see langword="true"/>.
    /// </summary>
    public bool LinkEquivalents { get; init; } = true;

    /// <summary>Whether English scale words after a prefixed currency are read (<c>$4.5 billion</c>, <c>US$1.2bn</c>). Default <see langword="true"/>.</summary>
    public bool ReadEnglishForms { get; init; } = true;

    /// <summary>
    /// The ISO code given to numbers with a 만/억/조/경 multiplier but no currency (headline style <c>영업익 300억</c>),
    /// or <see langword="null"/> (the default) to report only amounts with a currency.
    /// </summary>
    public string? BareAmountCurrency { get; init; }

    /// <summary>
    /// Whether a minus sign attached to an amount (<c>-50억원</c>, <c>−$3.5 million</c>, <c>(-120억원)</c>) or the word
    /// <c>마이너스</c> before it makes the amount negative. A hyphen after a letter or digit (<c>10-20억원</c>, <c>A-50억원</c>)
    /// or followed by a space (a list dash) is not a sign. Default <see langword="true"/>.
    /// </summary>
    public bool ReadNegativeSigns { get; init; } = true;
}

/// <summary>
/// Finds and parses Korean money expressions (<c>300억원</c>, <c>4000만달러(약 475억원)</c>, …).
/// Immutable and thread-safe; never throws on any input.
/// </summary>
/// <remarks>
/// The scan is linear in the input and allocation-free on text without money; each mention costs one allocation
/// (its record) plus the amortized growth of the result list. <see cref="MoneyMention.Text"/> is materialized on first
/// access from the input string (<see cref="FindAll(string)"/>) or from one shared copy of all matched texts
/// (<see cref="FindAll(ReadOnlySpan{char})"/>).
/// </remarks>
public sealed class MoneyParser
{
    /// <summary>A parser with <see cref="MoneyParserOptions.Default"/>.</summary>
    public static MoneyParser Default { get; } = new(MoneyParserOptions.Default);

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options.</param>
    public MoneyParser(MoneyParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options this parser was built with.</summary>
    public MoneyParserOptions Options { get; }

    /// <summary>Finds every money mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<MoneyMention> FindAll(string? text) => FindAllCore((text ?? string.Empty).AsSpan(), text ?? string.Empty);

    /// <summary>Finds every money mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<MoneyMention> FindAll(ReadOnlySpan<char> text) => FindAllCore(text, null);

    /// <summary>
    /// Streams the money mentions of <paramref name="text"/>, in text order, one at a time: the same mentions as
    /// <see cref="FindAll(string)"/>, found as the enumeration advances, without building a list. For whole documents of
    /// many megabytes whose mentions are consumed as they come (written out, aggregated), this keeps them from outliving
    /// the scan, so the garbage collector never has to promote tens of thousands of them.
    /// </summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>A lazy sequence of mentions; each enumeration scans again.</returns>
    public IEnumerable<MoneyMention> EnumerateAll(string? text)
    {
        string source = text ?? string.Empty;
        int pos = 0;
        int lastEnd = 0;
        while (MoneyGrammar.TryFindNext(source.AsSpan(), ref pos, lastEnd, Options, out RawMoney r))
        {
            lastEnd = r.End;
            MentionText mt = MentionText.Slice(r.Start, r.End - r.Start);
            mt.Attach(source);
            yield return CreateMention(r, mt);
        }
    }

    /// <summary>Parses one money expression such as <c>3조5000억원</c>.</summary>
    /// <param name="text">The expression (surrounding white space is ignored).</param>
    /// <param name="value">The value when parsing succeeds (for a range, its lower end).</param>
    /// <returns><see langword="true"/> when the whole input is one money expression.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out MoneyValue value)
    {
        value = default;
        ReadOnlySpan<char> t = text.Trim();
        int pos = 0;
        if (t.IsEmpty || !MoneyGrammar.TryFindNext(t, ref pos, 0, Options, out RawMoney r) || r.Start != 0 || r.End != t.Length)
        {
            return false;
        }

        value = new MoneyValue(r.Amount, r.Currency, r.Approximate);
        return true;
    }

    private List<MoneyMention>? Scan(ReadOnlySpan<char> text, string? source, ref char[]? pool, ref int poolLength)
    {
        List<MoneyMention>? list = null;
        int pos = 0;
        int lastEnd = 0;
        while (MoneyGrammar.TryFindNext(text, ref pos, lastEnd, Options, out RawMoney r))
        {
            lastEnd = r.End;
            int length = r.End - r.Start;
            MentionText mt;
            if (source is not null)
            {
                mt = MentionText.Slice(r.Start, length);
                mt.Attach(source);
            }
            else
            {
                mt = MentionText.Slice(poolLength, length);
                MentionText.AppendToPool(ref pool, ref poolLength, text.Slice(r.Start, length));
            }

            list ??= [];
            list.Add(CreateMention(r, mt));
        }

        return list;
    }

    private static MoneyMention CreateMention(in RawMoney r, MentionText mt) => new(mt, r.Currency)
    {
        Offset = r.Start,
        Length = r.End - r.Start,
        Amount = r.Amount,
        Min = r.Min,
        Max = r.Max,
        IsMinExclusive = r.MinExclusive,
        IsMaxExclusive = r.MaxExclusive,
        IsApproximate = r.Approximate,
        Qualifier = r.Words.Join(),
        Qualifiers = r.Qualifiers,
        Equivalent = r.Equivalent,
    };

    private IReadOnlyList<MoneyMention> FindAllCore(ReadOnlySpan<char> text, string? source)
    {
        char[]? pool = null;
        int poolLength = 0;
        List<MoneyMention>? list = Scan(text, source, ref pool, ref poolLength);
        if (list is null)
        {
            return [];
        }

        if (pool is not null)
        {
            string shared = new(pool, 0, poolLength);
            ArrayPool<char>.Shared.Return(pool);
            foreach (MoneyMention m in list)
            {
                m.AttachSource(shared);
            }
        }

        return list;
    }
}
