using KoNewsParse.Articles;
using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Money;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace KoNewsParse.ML.Featurization;

/// <summary>Names of the columns the featurizer adds (and of its internal, dropped columns).</summary>
public static class KoNewsColumns
{
    /// <summary><see cref="float"/>: number of money mentions (any currency).</summary>
    public const string MoneyCount = nameof(MoneyCount);

    /// <summary><see cref="float"/>: sum of the amounts converted to KRW (0 when none).</summary>
    public const string TotalKrw = nameof(TotalKrw);

    /// <summary><see cref="float"/>: the largest amount converted to KRW (NaN when none).</summary>
    public const string MaxKrw = nameof(MaxKrw);

    /// <summary><see cref="float"/>: money mentions left out of the KRW columns because no rate was supplied.</summary>
    public const string UnconvertedMoneyCount = nameof(UnconvertedMoneyCount);

    /// <summary><see cref="float"/>: number of resolved date mentions.</summary>
    public const string DateCount = nameof(DateCount);

    /// <summary><see cref="float"/>: mean signed distance in days from the reference date (future positive; NaN when none).</summary>
    public const string MeanDateDistanceDays = nameof(MeanDateDistanceDays);

    /// <summary><see cref="float"/>: smallest absolute distance in days from the reference date (NaN when none).</summary>
    public const string MinDateDistanceDays = nameof(MinDateDistanceDays);

    /// <summary><see cref="float"/>: number of company mentions.</summary>
    public const string CompanyCount = nameof(CompanyCount);

    /// <summary><see cref="float"/>: number of distinct companies.</summary>
    public const string DistinctCompanyCount = nameof(DistinctCompanyCount);

    /// <summary>Variable-length text vector: distinct company codes (exchange code, else canonical name) in order of first mention.</summary>
    public const string CompanyCodes = nameof(CompanyCodes);

    /// <summary>Fixed-size <see cref="float"/> vector (2^bits slots): bag of the hashed distinct company codes (1 per company; hash collisions add up).</summary>
    public const string CompanyHash = nameof(CompanyHash);

    /// <summary><see cref="float"/>: number of paragraphs.</summary>
    public const string ParagraphCount = nameof(ParagraphCount);

    /// <summary><see cref="float"/>: paragraphs that duplicate an earlier one.</summary>
    public const string DuplicateParagraphCount = nameof(DuplicateParagraphCount);

    /// <summary><see cref="float"/>: paragraphs the rule-based boilerplate detector flags.</summary>
    public const string BoilerplateParagraphCount = nameof(BoilerplateParagraphCount);

    /// <summary><see cref="bool"/>: some paragraph duplicates an earlier one.</summary>
    public const string HasDuplicate = nameof(HasDuplicate);

    /// <summary><see cref="bool"/>: the text is non-empty and every paragraph is boilerplate.</summary>
    public const string IsBoilerplate = nameof(IsBoilerplate);

    /// <summary>
    /// Fixed-size <see cref="float"/> vector of <see cref="FeatureVectorLength"/> slots, ready for a linear trainer (no NaN,
    /// amounts log-scaled): see <see cref="FeatureSlotNames"/> for the slot order.
    /// </summary>
    public const string Features = "KoNewsFeatures";

    /// <summary>The length of the <see cref="Features"/> vector.</summary>
    public const int FeatureVectorLength = 14;

    /// <summary>The meaning of each slot of the <see cref="Features"/> vector, in order.</summary>
    public static IReadOnlyList<string> FeatureSlotNames { get; } =
    [
        "MoneyCount", "Log10(1+TotalKrw)", "Log10(1+MaxKrw)", "UnconvertedMoneyCount", "DateCount",
        "SignedLog1p(MeanDateDistanceDays)", "Log1p(MinDateDistanceDays)", "CompanyCount", "DistinctCompanyCount",
        "ParagraphCount", "DuplicateParagraphCount", "BoilerplateParagraphCount", "HasDuplicate", "IsBoilerplate",
    ];

    internal const string TextInternal = "__KoNews_Text";
    internal const string OptionsKeyInternal = "__KoNews_OptionsKey";
    internal const string OptionsInternal = "__KoNews_Options";
    internal const string ReferenceInternal = "__KoNews_Reference";
    internal const string CompanyHashKeysInternal = "__KoNews_CompanyHashKeys";
    internal const string OptionsKeyValue = "options";
}

/// <summary>Input of the options-key mapping.</summary>
internal sealed class KoNewsTextRow
{
    /// <summary>The text.</summary>
    [ColumnName(KoNewsColumns.TextInternal)]
    public string? Text { get; set; }
}

/// <summary>Output of the options-key mapping: a constant key the stored options are looked up by.</summary>
internal sealed class KoNewsOptionsKeyRow
{
    /// <summary>The constant key.</summary>
    [ColumnName(KoNewsColumns.OptionsKeyInternal)]
    public string OptionsKey { get; set; } = KoNewsColumns.OptionsKeyValue;
}

/// <summary>Input of the featurizing mapping.</summary>
internal class KoNewsFeaturizerInputRow
{
    /// <summary>The text.</summary>
    [ColumnName(KoNewsColumns.TextInternal)]
    public string? Text { get; set; }

    /// <summary>The serialized options stored in the model.</summary>
    [ColumnName(KoNewsColumns.OptionsInternal)]
    public string? Options { get; set; }
}

/// <summary>Input of the featurizing mapping when a reference-date column is used.</summary>
internal sealed class KoNewsFeaturizerReferenceInputRow : KoNewsFeaturizerInputRow
{
    /// <summary>The row's reference date.</summary>
    [ColumnName(KoNewsColumns.ReferenceInternal)]
    public DateTime Reference { get; set; }
}

/// <summary>The columns the featurizing mapping produces (see <see cref="KoNewsColumns"/> for their meaning).</summary>
public sealed class KoNewsFeatureRow
{
    /// <summary>See <see cref="KoNewsColumns.MoneyCount"/>.</summary>
    public float MoneyCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.TotalKrw"/>.</summary>
    public float TotalKrw { get; set; }

    /// <summary>See <see cref="KoNewsColumns.MaxKrw"/>.</summary>
    public float MaxKrw { get; set; }

    /// <summary>See <see cref="KoNewsColumns.UnconvertedMoneyCount"/>.</summary>
    public float UnconvertedMoneyCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.DateCount"/>.</summary>
    public float DateCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.MeanDateDistanceDays"/>.</summary>
    public float MeanDateDistanceDays { get; set; }

    /// <summary>See <see cref="KoNewsColumns.MinDateDistanceDays"/>.</summary>
    public float MinDateDistanceDays { get; set; }

    /// <summary>See <see cref="KoNewsColumns.CompanyCount"/>.</summary>
    public float CompanyCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.DistinctCompanyCount"/>.</summary>
    public float DistinctCompanyCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.CompanyCodes"/>.</summary>
    public string[] CompanyCodes { get; set; } = [];

    /// <summary>See <see cref="KoNewsColumns.ParagraphCount"/>.</summary>
    public float ParagraphCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.DuplicateParagraphCount"/>.</summary>
    public float DuplicateParagraphCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.BoilerplateParagraphCount"/>.</summary>
    public float BoilerplateParagraphCount { get; set; }

    /// <summary>See <see cref="KoNewsColumns.HasDuplicate"/>.</summary>
    public bool HasDuplicate { get; set; }

    /// <summary>See <see cref="KoNewsColumns.IsBoilerplate"/>.</summary>
    public bool IsBoilerplate { get; set; }

    /// <summary>See <see cref="KoNewsColumns.Features"/>.</summary>
    [ColumnName(KoNewsColumns.Features)]
    [VectorType(KoNewsColumns.FeatureVectorLength)]
    public float[] KoNewsFeatures { get; set; } = new float[KoNewsColumns.FeatureVectorLength];
}

/// <summary>Registered factory of the options-key mapping (needed by <c>mlContext.Model.Load</c>; not for direct use).</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class KoNewsOptionsKeyFactory : CustomMappingFactory<KoNewsTextRow, KoNewsOptionsKeyRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "KoNewsParse.OptionsKey.v1";

    /// <inheritdoc/>
    public override Action<KoNewsTextRow, KoNewsOptionsKeyRow> GetMapping() => static (_, dst) => dst.OptionsKey = KoNewsColumns.OptionsKeyValue;
}

/// <summary>Registered factory of the featurizing mapping (needed by <c>mlContext.Model.Load</c>; not for direct use).</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class KoNewsFeaturizerFactory : CustomMappingFactory<KoNewsFeaturizerInputRow, KoNewsFeatureRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "KoNewsParse.Featurizer.v1";

    /// <inheritdoc/>
    public override Action<KoNewsFeaturizerInputRow, KoNewsFeatureRow> GetMapping()
    {
        var cache = new SettingsCache();
        return (src, dst) => KoNewsFeatureComputer.Compute(src.Text, null, cache.Get(src.Options), dst);
    }
}

/// <summary>Registered factory of the featurizing mapping with a per-row reference date (needed by <c>mlContext.Model.Load</c>).</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class KoNewsFeaturizerReferenceFactory : CustomMappingFactory<KoNewsFeaturizerReferenceInputRow, KoNewsFeatureRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "KoNewsParse.FeaturizerWithReference.v1";

    /// <inheritdoc/>
    public override Action<KoNewsFeaturizerReferenceInputRow, KoNewsFeatureRow> GetMapping()
    {
        var cache = new SettingsCache();
        return (src, dst) => KoNewsFeatureComputer.Compute(
            src.Text,
            src.Reference == default ? null : DateOnly.FromDateTime(src.Reference),
            cache.Get(src.Options),
            dst);
    }
}

/// <summary>Remembers the last parsed settings string (the options are constant within one model). Thread-safe.</summary>
internal sealed class SettingsCache
{
    private Entry? _last;

    public FeaturizerSettings Get(string? serialized)
    {
        serialized ??= string.Empty;
        Entry? last = Volatile.Read(ref _last);
        if (last is not null && string.Equals(last.Key, serialized, StringComparison.Ordinal))
        {
            return last.Value;
        }

        var entry = new Entry(serialized, FeaturizerSettings.Parse(serialized));
        Volatile.Write(ref _last, entry);
        return entry.Value;
    }

    private sealed record Entry(string Key, FeaturizerSettings Value);
}

/// <summary>Computes the feature columns of one text.</summary>
internal static class KoNewsFeatureComputer
{
    public static void Compute(string? text, DateOnly? rowReference, FeaturizerSettings settings, KoNewsFeatureRow dst)
    {
        ArticleParser parser = rowReference is { } r && r != settings.Reference
            ? new ArticleParser(ArticleParserOptions.Default with { ReferenceDate = r, ParagraphMode = settings.ParagraphMode })
            : settings.Parser;
        Compute(parser.Parse(text), settings, dst);
    }

    public static void Compute(ParsedArticle article, FeaturizerSettings settings, KoNewsFeatureRow dst)
    {
        // Money: exact decimal arithmetic, converted to float only at the end.
        decimal total = 0m, max = 0m;
        int converted = 0, unconverted = 0;
        foreach (MoneyMention m in article.Money)
        {
            if (TryConvert(m, settings, out decimal krw))
            {
                total = total > decimal.MaxValue - krw ? decimal.MaxValue : total + krw;
                max = converted == 0 ? krw : Math.Max(max, krw);
                converted++;
            }
            else
            {
                unconverted++;
            }
        }

        dst.MoneyCount = article.Money.Count;
        dst.TotalKrw = (float)total;
        dst.MaxKrw = converted == 0 ? float.NaN : (float)max;
        dst.UnconvertedMoneyCount = unconverted;

        // Dates: distance of each mention's centre from the reference date.
        int dateCount = 0;
        double sum = 0, minAbs = double.PositiveInfinity;
        if (article.ReferenceDate is { } reference)
        {
            foreach (DateMention d in article.Dates)
            {
                double? centre = (d.Start, d.End) switch
                {
                    ({ } s, { } e) => (s.DayNumber + e.DayNumber) / 2.0,
                    ({ } s, null) => s.DayNumber,
                    (null, { } e) => e.DayNumber,
                    _ => null,
                };
                if (centre is not { } c)
                {
                    continue;
                }

                double distance = c - reference.DayNumber;
                sum += distance;
                minAbs = Math.Min(minAbs, Math.Abs(distance));
                dateCount++;
            }
        }

        dst.DateCount = dateCount;
        dst.MeanDateDistanceDays = dateCount == 0 ? float.NaN : (float)(sum / dateCount);
        dst.MinDateDistanceDays = dateCount == 0 ? float.NaN : (float)minAbs;

        // Companies.
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (CompanyMention c in article.Companies)
        {
            string code = string.IsNullOrEmpty(c.Code) ? c.Name : c.Code;
            if (seen.Add(code))
            {
                codes.Add(code);
            }
        }

        dst.CompanyCount = article.Companies.Count;
        dst.DistinctCompanyCount = codes.Count;
        dst.CompanyCodes = [.. codes];

        // Paragraph flags.
        int duplicates = 0, boilerplate = 0;
        foreach (Paragraph p in article.Paragraphs)
        {
            duplicates += p.DuplicateOf is null ? 0 : 1;
            boilerplate += p.IsBoilerplate ? 1 : 0;
        }

        dst.ParagraphCount = article.Paragraphs.Count;
        dst.DuplicateParagraphCount = duplicates;
        dst.BoilerplateParagraphCount = boilerplate;
        dst.HasDuplicate = duplicates > 0;
        dst.IsBoilerplate = article.Paragraphs.Count > 0 && boilerplate == article.Paragraphs.Count;

        float[] v = dst.KoNewsFeatures is { Length: KoNewsColumns.FeatureVectorLength } existing ? existing : new float[KoNewsColumns.FeatureVectorLength];
        v[0] = dst.MoneyCount;
        v[1] = (float)Math.Log10(1 + (double)Math.Max(0m, total));
        v[2] = (float)Math.Log10(1 + (double)Math.Max(0m, max));
        v[3] = unconverted;
        v[4] = dateCount;
        v[5] = dateCount == 0 ? 0f : (float)(Math.Sign(sum) * Math.Log(1 + Math.Abs(sum / dateCount)));
        v[6] = dateCount == 0 ? 0f : (float)Math.Log(1 + minAbs);
        v[7] = dst.CompanyCount;
        v[8] = dst.DistinctCompanyCount;
        v[9] = dst.ParagraphCount;
        v[10] = duplicates;
        v[11] = boilerplate;
        v[12] = dst.HasDuplicate ? 1f : 0f;
        v[13] = dst.IsBoilerplate ? 1f : 0f;
        dst.KoNewsFeatures = v;
    }

    private static bool TryConvert(MoneyMention m, FeaturizerSettings settings, out decimal krw)
    {
        if (string.Equals(m.Currency, "KRW", StringComparison.OrdinalIgnoreCase))
        {
            krw = m.Amount;
            return true;
        }

        if (settings.UseStatedEquivalent && m.Equivalent is { } eq && string.Equals(eq.Currency, "KRW", StringComparison.OrdinalIgnoreCase))
        {
            krw = eq.Amount;
            return true;
        }

        if (settings.Rates.TryGetValue(m.Currency, out decimal rate))
        {
            try
            {
                krw = m.Amount * rate;
                return true;
            }
            catch (OverflowException)
            {
                // An absurd amount times a rate: leave it out rather than fail the row.
            }
        }

        krw = 0m;
        return false;
    }
}
