// A consumer of the KoNewsParse package: parses one article (the bundled sample, or a file given as the first
// argument) and prints what the library found, one fact per line, in a stable plain-text form that .ci/run checks.
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using KoNewsParse.Articles;

Console.OutputEncoding = Encoding.UTF8;
CultureInfo inv = CultureInfo.InvariantCulture;

string text;
string source;
if (args.Length > 0 && args[0] != "--json")
{
    source = args[0];
    text = File.ReadAllText(source);
}
else
{
    source = "bundled:article.txt";
    using Stream stream = typeof(Program).Assembly.GetManifestResourceStream("KoNewsParse.Consumer.article.txt")
        ?? throw new InvalidOperationException("the bundled article is missing");
    using var reader = new StreamReader(stream, Encoding.UTF8);
    text = reader.ReadToEnd();
}

ParsedArticle article = ArticleParser.Default.Parse(text);

Assembly library = typeof(ArticleParser).Assembly;
string version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"library: KoNewsParse {version}");
Console.WriteLine($"source: {source}");
Console.WriteLine($"published: {article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", inv) ?? "-"}");
Console.WriteLine($"modified: {article.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", inv) ?? "-"}");
Console.WriteLine($"reference-date: {article.ReferenceDate?.ToString("yyyy-MM-dd", inv) ?? "-"}");
Console.WriteLine($"byline: {article.Byline?.Name ?? "-"} <{article.Byline?.Email ?? "-"}>");
Console.WriteLine($"paragraphs: {article.Paragraphs.Count}");

foreach (var m in article.Money)
{
    string amount = m.Min is { } min && m.Max is { } max
        ? $"{min.ToString(inv)}..{max.ToString(inv)}"
        : m.Amount.ToString(inv);
    string equivalent = m.Equivalent is { } eq ? $" (= {eq.Amount.ToString(inv)} {eq.Currency})" : string.Empty;
    Console.WriteLine($"money: {m.Text} = {amount} {m.Currency}{(m.IsApproximate ? " approx" : string.Empty)}{equivalent} @paragraph {article.ParagraphAt(m.Offset)}");
}

foreach (var d in article.Dates)
{
    Console.WriteLine($"date: {d.Text} = {d.Start?.ToString("yyyy-MM-dd", inv) ?? "?"}..{d.End?.ToString("yyyy-MM-dd", inv) ?? "?"} ({ArticleJsonWriter.GranularityName(d.Granularity)}) @paragraph {article.ParagraphAt(d.Offset)}");
}

foreach (var c in article.Companies)
{
    Console.WriteLine($"company: {c.Text} -> {c.Name} ({c.Code ?? "-"}, {c.Market ?? "-"}) @paragraph {article.ParagraphAt(c.Offset)}");
}

foreach (Paragraph p in article.Paragraphs)
{
    if (p.DuplicateOf is { } of)
    {
        Console.WriteLine($"duplicate: paragraph {p.Index} repeats paragraph {of} (similarity {(p.DuplicateSimilarity ?? 1).ToString("0.00", inv)})");
    }

    if (p.IsBoilerplate)
    {
        Console.WriteLine($"boilerplate: paragraph {p.Index}");
    }
}

Console.WriteLine(
    $"summary: money={article.Money.Count} dates={article.Dates.Count} companies={article.Companies.Count} " +
    $"duplicates={article.Paragraphs.Count(p => p.DuplicateOf is not null)} boilerplate={article.Paragraphs.Count(p => p.IsBoilerplate)}");

if (args.Contains("--json"))
{
    // The same JSON contract as `konews parse`, written through the library's own writer.
    using var buffer = new MemoryStream();
    using (var writer = new Utf8JsonWriter(buffer))
    {
        ArticleJsonWriter.Write(writer, article, source);
    }

    Console.WriteLine($"json: {Encoding.UTF8.GetString(buffer.ToArray())}");
}
