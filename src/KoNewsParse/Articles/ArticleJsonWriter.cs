using System.Globalization;
using System.Text.Json;
using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Money;

namespace KoNewsParse.Articles;

/// <summary>
/// Writes a <see cref="ParsedArticle"/> as the <c>konews</c> JSON contract (camelCase, one object per article).
/// Reflection-free, so it works under trimming and Native AOT.
/// </summary>
public static class ArticleJsonWriter
{
    /// <summary>Writes one article object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="article">The parsed article.</param>
    /// <param name="source">The input's path, or <c>-</c> for standard input.</param>
    public static void Write(Utf8JsonWriter writer, ParsedArticle article, string source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteStartObject();
        writer.WriteString("source", source);
        WriteTimestamp(writer, "published", article.Published);
        WriteTimestamp(writer, "modified", article.Modified);
        if (article.ReferenceDate is { } reference)
        {
            writer.WriteString("referenceDate", FormatDate(reference));
        }
        else
        {
            writer.WriteNull("referenceDate");
        }

        if (article.Byline is { } byline)
        {
            writer.WriteStartObject("byline");
            WriteStringOrNull(writer, "name", byline.Name);
            WriteStringOrNull(writer, "email", byline.Email);
            if (byline.Agency is not null)
            {
                writer.WriteString("agency", byline.Agency);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("byline");
        }

        writer.WriteStartArray("paragraphs");
        foreach (Paragraph p in article.Paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", p.Index);
            writer.WriteNumber("offset", p.Offset);
            writer.WriteString("text", p.Text);
            writer.WriteBoolean("boilerplate", p.IsBoilerplate);
            if (p.DuplicateOf is { } dup)
            {
                writer.WriteNumber("duplicateOf", dup);
            }
            else
            {
                writer.WriteNull("duplicateOf");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("money");
        foreach (MoneyMention m in article.Money)
        {
            writer.WriteStartObject();
            WriteSpan(writer, article, m.Offset, m.Length, m.Text);
            writer.WriteNumber("amount", Canonical(m.Amount));
            writer.WriteString("currency", m.Currency);
            WriteDecimalOrNull(writer, "min", m.Min);
            WriteDecimalOrNull(writer, "max", m.Max);
            writer.WriteBoolean("approximate", m.IsApproximate);
            if (m.Equivalent is { } eq)
            {
                writer.WriteStartObject("equivalent");
                writer.WriteNumber("amount", Canonical(eq.Amount));
                writer.WriteString("currency", eq.Currency);
                writer.WriteBoolean("approximate", eq.IsApproximate);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("equivalent");
            }

            // additions beyond the pinned contract: only written when they carry information
            if (!string.IsNullOrEmpty(m.Qualifier))
            {
                writer.WriteString("qualifier", m.Qualifier);
            }

            if (m.IsMinExclusive)
            {
                writer.WriteBoolean("minExclusive", true);
            }

            if (m.IsMaxExclusive)
            {
                writer.WriteBoolean("maxExclusive", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quantities");
        foreach (QuantityMention q in article.Quantities)
        {
            writer.WriteStartObject();
            WriteSpan(writer, article, q.Offset, q.Length, q.Text);
            writer.WriteNumber("value", Canonical(q.Value));
            writer.WriteString("unit", q.Unit);
            writer.WriteBoolean("approximate", q.IsApproximate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("dates");
        foreach (DateMention d in article.Dates)
        {
            writer.WriteStartObject();
            WriteSpan(writer, article, d.Offset, d.Length, d.Text);
            WriteDateOrNull(writer, "start", d.Start);
            WriteDateOrNull(writer, "end", d.End);
            writer.WriteString("granularity", GranularityName(d.Granularity));

            // additions beyond the pinned contract: only written when they carry information
            if (d.Kind != DateMentionKind.Date)
            {
                writer.WriteString("kind", d.Kind == DateMentionKind.Range ? "range" : "duration");
            }

            if (d.Duration is { } duration)
            {
                writer.WriteStartObject("duration");
                writer.WriteNumber("amount", duration.Amount);
                writer.WriteString("unit", GranularityName(duration.Unit));
                writer.WriteEndObject();
            }

            if (d.Time is { } time)
            {
                writer.WriteString("time", time.ToString("HH:mm", CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("companies");
        foreach (CompanyMention c in article.Companies)
        {
            writer.WriteStartObject();
            WriteSpan(writer, article, c.Offset, c.Length, c.Text);
            writer.WriteString("name", c.Name);
            WriteStringOrNull(writer, "code", c.Code);
            WriteStringOrNull(writer, "market", c.Market);
            WriteStringOrNull(writer, "group", c.Group);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The lower-case JSON name of a granularity (<c>day</c>, <c>week</c>, …).</summary>
    /// <param name="granularity">The granularity.</param>
    /// <returns>Its contract name.</returns>
    public static string GranularityName(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => "day",
        DateGranularity.Week => "week",
        DateGranularity.Month => "month",
        DateGranularity.Quarter => "quarter",
        DateGranularity.Half => "half",
        DateGranularity.Year => "year",
        _ => "unknown",
    };

    /// <summary>Removes trailing zeros of the decimal scale so <c>1250000000.0</c> is written as <c>1250000000</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The same value with the smallest scale.</returns>
    public static decimal Canonical(decimal value)
    {
        decimal r = value / 1.000000000000000000000000000000000m;
        return r;
    }

    private static void WriteSpan(Utf8JsonWriter writer, ParsedArticle article, int offset, int length, string text)
    {
        writer.WriteNumber("paragraph", article.ParagraphAt(offset));
        writer.WriteNumber("offset", offset);
        writer.WriteNumber("length", length);
        writer.WriteString("text", text);
    }

    private static void WriteTimestamp(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, v.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string FormatDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDateOrNull(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, FormatDate(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDecimalOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Canonical(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
