namespace KoNewsParse.Companies;

/// <summary>What kind of entity a <see cref="Company"/> is.</summary>
public enum CompanyKind
{
    /// <summary>A company whose shares are listed on an exchange (KRX, NASDAQ, NYSE, …).</summary>
    Listed,

    /// <summary>A known company without a listing (a subsidiary or a private firm).</summary>
    Unlisted,

    /// <summary>A business group (삼성, SK, LG …); never listed itself.</summary>
    Group,

    /// <summary>A company found in text (e.g. through a legal form such as ㈜) that is not in the gazetteer.</summary>
    Unknown,
}

/// <summary>One canonical company identity. Immutable.</summary>
public sealed record Company
{
    /// <summary>The canonical Korean name (for a listed Korean company, the exchange's short name).</summary>
    public required string Name { get; init; }

    /// <summary>The English name, when known.</summary>
    public string? EnglishName { get; init; }

    /// <summary>The exchange code (KRX six-digit ticker or foreign ticker), when listed.</summary>
    public string? Code { get; init; }

    /// <summary>The market (KOSPI, KOSDAQ, KONEX, NASDAQ, NYSE, HKEX, TWSE), when listed.</summary>
    public string? Market { get; init; }

    /// <summary>The business group or parent, when known (삼성전자 → 삼성, 현대모비스 → 현대차).</summary>
    public string? Group { get; init; }

    /// <summary>The kind of entity.</summary>
    public CompanyKind Kind { get; init; }

    /// <summary>Whether the company is listed on an exchange.</summary>
    public bool IsListed => Kind == CompanyKind.Listed;
}
