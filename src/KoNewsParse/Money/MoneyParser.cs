namespace KoNewsParse.Money;

/// <summary>Options for <see cref="MoneyParser"/>.</summary>
public sealed record MoneyParserOptions
{
    /// <summary>The default options.</summary>
    public static MoneyParserOptions Default { get; } = new();
}

/// <summary>
/// Finds and parses Korean money expressions (<c>300억원</c>, <c>4000만달러(약 475억원)</c>, …).
/// Immutable and thread-safe; never throws on any input.
/// </summary>
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
    public IReadOnlyList<MoneyMention> FindAll(string? text) => FindAll((text ?? string.Empty).AsSpan());

    /// <summary>Finds every money mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<MoneyMention> FindAll(ReadOnlySpan<char> text) => [];

    /// <summary>Parses one money expression such as <c>3조5000억원</c>.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="value">The value when parsing succeeds.</param>
    /// <returns><see langword="true"/> when the whole input is one money expression.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out MoneyValue value)
    {
        value = default;
        return false;
    }
}

/// <summary>An amount of money in one currency.</summary>
/// <param name="Amount">The exact amount.</param>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="IsApproximate">Whether the amount was qualified as approximate.</param>
public readonly record struct MoneyValue(decimal Amount, string Currency, bool IsApproximate);

/// <summary>A money expression found in text.</summary>
public sealed record MoneyMention
{
    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The surface text.</summary>
    public required string Text { get; init; }

    /// <summary>The exact amount.</summary>
    public decimal Amount { get; init; }

    /// <summary>The ISO 4217 currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>Lower bound for ranges and bounds (<c>이상</c>, <c>10억~20억원</c>), else <see langword="null"/>.</summary>
    public decimal? Min { get; init; }

    /// <summary>Upper bound for ranges and bounds (<c>미만</c>, <c>최대</c>), else <see langword="null"/>.</summary>
    public decimal? Max { get; init; }

    /// <summary>Whether the amount is approximate (<c>약</c>, <c>여</c>, <c>수백억</c>, <c>억원대</c>).</summary>
    public bool IsApproximate { get; init; }

    /// <summary>The qualifier word found, if any.</summary>
    public string? Qualifier { get; init; }

    /// <summary>A linked conversion such as the KRW amount in <c>4000만달러(약 475억원)</c>.</summary>
    public MoneyValue? Equivalent { get; init; }
}
