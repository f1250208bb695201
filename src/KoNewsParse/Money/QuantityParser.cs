namespace KoNewsParse.Money;

/// <summary>Finds counts and ratios (<c>450여개</c>, <c>10%</c>, <c>0.5%p</c>). Immutable and thread-safe.</summary>
public sealed class QuantityParser
{
    /// <summary>The default parser.</summary>
    public static QuantityParser Default { get; } = new();

    /// <summary>Finds every quantity mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<QuantityMention> FindAll(string? text) => FindAll((text ?? string.Empty).AsSpan());

    /// <summary>Finds every quantity mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<QuantityMention> FindAll(ReadOnlySpan<char> text) => [];
}

/// <summary>A count or ratio found in text.</summary>
public sealed record QuantityMention
{
    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The surface text.</summary>
    public required string Text { get; init; }

    /// <summary>The exact value.</summary>
    public decimal Value { get; init; }

    /// <summary>The unit or counter (<c>개</c>, <c>명</c>, <c>%</c>, <c>%p</c>).</summary>
    public required string Unit { get; init; }

    /// <summary>Whether the value is approximate (<c>여</c>, <c>약</c>).</summary>
    public bool IsApproximate { get; init; }
}
