using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using KoNewsParse.Articles;

namespace KoNewsParse.ML.Featurization;

/// <summary>
/// Options of the KoNewsParse featurizer (<see cref="KoNewsTransformsCatalogExtensions.KoNewsFeaturize"/>). Immutable.
/// The options are stored inside the saved model, so a loaded model featurizes exactly as the trained one did.
/// </summary>
public sealed record KoNewsFeaturizerOptions
{
    /// <summary>The smallest allowed <see cref="CompanyHashBits"/>.</summary>
    public const int MinCompanyHashBits = 1;

    /// <summary>The largest allowed <see cref="CompanyHashBits"/>.</summary>
    public const int MaxCompanyHashBits = 20;

    /// <summary>The default options: no exchange rates, no fixed reference date, 10 company hash bits.</summary>
    public static KoNewsFeaturizerOptions Default { get; } = new();

    /// <summary>
    /// A fixed reference date for relative dates (<c>지난 23일</c>) and for the date distances. When <see langword="null"/> and no
    /// <see cref="ReferenceDateColumnName"/> is given, the article's own dateline is used; when there is none, date columns are empty.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// The name of an input column of type <see cref="DateTime"/> holding each row's reference date (its date part is used).
    /// A row whose value is <c>default(DateTime)</c> falls back to <see cref="ReferenceDate"/>, then to the dateline.
    /// </summary>
    public string? ReferenceDateColumnName { get; init; }

    /// <summary>
    /// Exchange rates: KRW per one unit of the currency, keyed by ISO 4217 code (e.g. <c>["USD"] = 1385.20m</c>).
    /// Amounts in a currency without a rate (and without a stated KRW equivalent) are left out of the KRW totals and counted
    /// in <c>UnconvertedMoneyCount</c>. KRW itself is always rate 1.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> ExchangeRates { get; init; } = FrozenDictionary<string, decimal>.Empty;

    /// <summary>
    /// When <see langword="true"/> (the default), a foreign amount that the article converts itself
    /// (<c>4000만달러(약 475억원)</c>) uses the stated KRW equivalent instead of <see cref="ExchangeRates"/>.
    /// </summary>
    public bool UseStatedKrwEquivalent { get; init; } = true;

    /// <summary>The number of hash bits of the <c>CompanyHash</c> bag: the vector has 2^bits slots (1–20, default 10).</summary>
    public int CompanyHashBits { get; init; } = 10;

    /// <summary>How the text is split into paragraphs for the duplicate and boilerplate columns.</summary>
    public ParagraphMode ParagraphMode { get; init; } = ParagraphMode.Line;

    /// <summary>Serializes the options that the per-row mapping needs into a stable, culture-invariant string.</summary>
    internal string Serialize()
    {
        var sb = new StringBuilder("konews-featurizer/1\n");
        if (ReferenceDate is { } r)
        {
            sb.Append("ref=").Append(r.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        sb.Append("equiv=").Append(UseStatedKrwEquivalent ? '1' : '0').Append('\n');
        sb.Append("paragraphs=").Append(ParagraphMode == ParagraphMode.Line ? "line" : "blank").Append('\n');
        foreach (KeyValuePair<string, decimal> kv in ExchangeRates.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            sb.Append("rate=").Append(kv.Key).Append(':').Append(kv.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Validates the options and throws <see cref="ArgumentException"/> on bad values.</summary>
    internal void Validate()
    {
        if (CompanyHashBits is < MinCompanyHashBits or > MaxCompanyHashBits)
        {
            throw new ArgumentOutOfRangeException(nameof(CompanyHashBits), CompanyHashBits, $"CompanyHashBits must be {MinCompanyHashBits}–{MaxCompanyHashBits}.");
        }

        ArgumentNullException.ThrowIfNull(ExchangeRates, nameof(ExchangeRates));
        foreach (KeyValuePair<string, decimal> kv in ExchangeRates)
        {
            if (string.IsNullOrWhiteSpace(kv.Key) || kv.Key.AsSpan().ContainsAny(":\n\r"))
            {
                throw new ArgumentException($"Invalid currency code '{kv.Key}'.", nameof(ExchangeRates));
            }

            if (kv.Value <= 0)
            {
                throw new ArgumentException($"The rate of {kv.Key} must be positive.", nameof(ExchangeRates));
            }
        }

        if (ReferenceDateColumnName is { Length: 0 })
        {
            throw new ArgumentException("ReferenceDateColumnName must not be empty.", nameof(ReferenceDateColumnName));
        }
    }
}

/// <summary>The per-row part of <see cref="KoNewsFeaturizerOptions"/>, parsed back from the string stored in the model.</summary>
internal sealed class FeaturizerSettings
{
    private FeaturizerSettings(DateOnly? reference, bool useEquivalent, ParagraphMode mode, FrozenDictionary<string, decimal> rates)
    {
        Reference = reference;
        UseStatedEquivalent = useEquivalent;
        ParagraphMode = mode;
        Rates = rates;
        Parser = new ArticleParser(ArticleParserOptions.Default with { ReferenceDate = reference, ParagraphMode = mode });
    }

    public DateOnly? Reference { get; }

    public bool UseStatedEquivalent { get; }

    public ParagraphMode ParagraphMode { get; }

    public FrozenDictionary<string, decimal> Rates { get; }

    /// <summary>The parser for rows without a per-row reference date.</summary>
    public ArticleParser Parser { get; }

    public static FeaturizerSettings Parse(string? serialized)
    {
        DateOnly? reference = null;
        bool equivalent = true;
        ParagraphMode mode = ParagraphMode.Line;
        var rates = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in (serialized ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }

            string key = line[..eq], value = line[(eq + 1)..];
            switch (key)
            {
                case "ref" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d):
                    reference = d;
                    break;
                case "equiv":
                    equivalent = value != "0";
                    break;
                case "paragraphs":
                    mode = value == "blank" ? ParagraphMode.BlankLine : ParagraphMode.Line;
                    break;
                case "rate":
                    int colon = value.LastIndexOf(':');
                    if (colon > 0 && decimal.TryParse(value.AsSpan(colon + 1), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal rate))
                    {
                        rates[value[..colon]] = rate;
                    }

                    break;
            }
        }

        rates["KRW"] = 1m;
        return new FeaturizerSettings(reference, equivalent, mode, rates.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
